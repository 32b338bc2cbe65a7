using System.Net;
using System.Text;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class RecordRatingRefusalTests : ApiTestFixture
{
    [Test]
    public async Task RefusesComment_WhenLongerThan2000Characters()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-106");

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great", new string('é', 2001));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "comment");
    }

    [Test]
    public async Task RefusesComment_WhenItHasControlCharacters()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-107");

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great", "bell\u0007 null\u0000");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "comment");
    }

    [TestCase("meh")]
    [TestCase("GOOD")]
    [TestCase("")]
    public async Task RefusesRating_WhenValueIsUnknown(string rating)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-108");

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, rating);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "invalid_json", "rating");
    }

    [Test]
    public async Task RefusesRating_WhenRatingIsMissing()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-109");

        var response = await PostRawAsync($$"""{"token":"{{invitation.Token}}"}""");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "rating");
    }

    [Test]
    public async Task RefusesRating_WhenTokenIsMissing()
    {
        await ApiCalls.CreateInvitationAsync(Helpdesk, "T-110");

        var response = await PostRawAsync("""{"rating":"great"}""");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "token");
    }

    [TestCase("""{"token":"abc","rating":""")]
    [TestCase("""{"token":"abc","rating":"great",}""")]
    [TestCase("""[1,2,3]""")]
    [TestCase("""{"token":12,"rating":"great"}""")]
    [TestCase("""{"token":"abc","rating":1}""")]
    public async Task RefusesBody_WhenJsonIsMalformedOrMistyped(string body)
    {
        await ApiCalls.CreateInvitationAsync(Helpdesk, "T-111");

        var response = await PostRawAsync(body);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "invalid_json");
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("application/xml")]
    public async Task Returns415_WhenBodyIsNotJson(string contentType)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-112");
        var body = $$"""{"token":"{{invitation.Token}}","rating":"great"}""";

        var response = await Anonymous.PostAsync(
            RecordRatingEndpoint.Route, new StringContent(body, Encoding.UTF8, contentType));

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Test]
    public async Task RefusesToken_WhenExpired()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-113");
        Factory.Time.Advance(TimeSpan.FromDays(30));

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "token_expired", "token");
    }

    private Task<HttpResponseMessage> PostRawAsync(string body) =>
        Anonymous.PostAsync(RecordRatingEndpoint.Route, new StringContent(body, Encoding.UTF8, "application/json"));

    private async Task AssertRefusedAsync(
        HttpResponseMessage response, HttpStatusCode status, string code, string? field = null)
    {
        var problem = await ApiCalls.ReadProblemAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(problem.Code, Is.EqualTo(code));
            Assert.That(problem.TraceId, Is.Not.Empty);
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
            if (field is not null)
            {
                Assert.That(problem.Errors!.Select(error => error.Name), Does.Contain(field));
            }
        }
    }
}
