using System.Net;
using System.Text;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>Odd but harmless spellings of a valid request are accepted.</summary>
public sealed class AcceptHarmlessVariantsTests : ApiTestFixture
{
    // RFC 8259, section 8.1: a parser may ignore a byte order mark.
    [Test]
    public async Task RecordsRating_WhenBodyStartsWithAByteOrderMark()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-770");
        var body = Encoding.UTF8.GetBytes($$"""{"token":"{{invitation.Token}}","rating":"great"}""");

        var response = await PostAsync([.. Encoding.UTF8.GetPreamble(), .. body]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 1)));
        }
    }

    [Test]
    public async Task RecordsRating_WhenContentEncodingIsIdentity()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-771");
        var body = Encoding.UTF8.GetBytes($$"""{"token":"{{invitation.Token}}","rating":"ok"}""");

        var response = await PostAsync(body, "identity");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await Factory.Database.EventRatingsAsync(), Is.EqualTo(new[] { "ok" }));
        }
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? contentEncoding = null)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        if (contentEncoding is not null)
        {
            content.Headers.ContentEncoding.Add(contentEncoding);
        }

        return await Anonymous.PostAsync(RecordRatingEndpoint.Route, content);
    }
}
