using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>
/// Kestrel refuses a request head over its limits before the application sees the request, so these
/// answers carry a status but no problem body.
/// </summary>
public sealed class RefuseOversizeHeadTests : ApiTestFixture
{
    [Test]
    public async Task Returns431AndStoresNothing_WhenAHeaderIsOver32Kilobytes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CreateInvitationEndpoint.Route)
        {
            Content = JsonContent.Create(ApiCalls.InvitationBody("T-760")),
        };
        request.Headers.TryAddWithoutValidation("X-Padding", new string('p', 40_000));

        using var response = await Helpdesk.SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestHeaderFieldsTooLarge));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(StoredCounts.Empty));
        }
    }

    [Test]
    public async Task Returns414_WhenTheAddressIsOver8Kilobytes()
    {
        var route = $"{GetReportEndpoint.Route}?last=5&padding={new string('q', 20_000)}";

        using var response = await Anonymous.GetAsync(route);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestUriTooLong));
    }
}
