using System.Text;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Hostile;

public sealed class HostileBodyTests : ApiTestFixture
{
    private static readonly string[] Routes = [CreateInvitationEndpoint.Route, RecordRatingEndpoint.Route];

    private static readonly string[] Bodies =
    [
        "",
        "null",
        "{\"reasons\":[null]}",
        "{\"reasons\":[1,{},[]],\"rating\":\"ok\"}",
        "true",
        "\"text\"",
        "{}",
        "[]",
        "{\"ticketId\":null,\"agent\":{\"id\":null,\"name\":null},\"token\":null,\"rating\":null}",
        "{\"ticketId\":1e999,\"token\":1e999}",
        "{\"ticketId\":{\"nested\":true},\"token\":[\"a\"]}",
        "{\"token\":\"a\",\"token\":\"b\",\"rating\":\"great\"}",
        "\uFEFF{\"token\":\"a\",\"rating\":\"great\"}",
        new string('[', 5000) + new string(']', 5000),
        "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2001),
        "{\"token\":\"\\ud800\",\"rating\":\"great\"}",
        "{\"token\":\"" + new string('x', 1_000_000) + "\",\"rating\":\"great\"}",
        "{\"comment\":\"'; DROP TABLE ratings; --\",\"token\":\"' OR 1=1 --\",\"rating\":\"great\"}",
        "{\"rating\":\"great\",\"token\":\"hr1.a.b.c\"}",
        "\0\0\0\0",
    ];

    [Test]
    public async Task NeverAnswers5xxNorStores_WhenBodyIsHostile()
    {
        using var scope = Assert.EnterMultipleScope();
        foreach (var route in Routes)
        {
            foreach (var body in Bodies)
            {
                var content = new StringContent(body, Encoding.UTF8, "application/json");
                var response = await Helpdesk.PostAsync(route, content);

                var label = $"{route} {body[..Math.Min(body.Length, 40)]}";
                Assert.That((int)response.StatusCode, Is.InRange(400, 499), label);
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                Assert.That(mediaType, Is.EqualTo("application/problem+json"), label);
            }
        }

        Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(StoredCounts.Empty));
    }
}
