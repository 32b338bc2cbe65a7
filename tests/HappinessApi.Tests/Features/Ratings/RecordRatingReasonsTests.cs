using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class RecordRatingReasonsTests : ApiTestFixture
{
    [Test]
    public async Task StoresReasons_WhenNotGoodWithKnownReasons()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1200");

        var response = await PostAsync(invitation.Token, "not_good", ["policy", "slow_response", "policy"]);

        var rated = await response.Content.ReadFromJsonAsync<RecordRatingResponse>(ApiCalls.Json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(rated!.Reasons, Is.EqualTo(new[] { "policy", "slow_response" }));
            Assert.That(await Factory.Database.ReasonsAsync(), Is.EqualTo(new[] { "policy", "slow_response" }));
        }
    }

    [Test]
    public async Task KeepsReasons_WhenCommentIsAddedLater()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1201");
        await PostAsync(invitation.Token, "ok", ["not_resolved"]);
        Factory.Time.Advance(TimeSpan.FromMinutes(1));

        await ApiCalls.RateOkAsync(
            Anonymous, invitation.Token, HappinessApi.Features.Ratings.RatingValue.Ok, "Still open");

        Assert.That(await Factory.Database.ReasonsAsync(), Is.EqualTo(new[] { "not_resolved" }));
    }

    [Test]
    public async Task ClearsReasons_WhenRatingBecomesGreat()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1202");
        await PostAsync(invitation.Token, "ok", ["not_resolved"]);
        Factory.Time.Advance(TimeSpan.FromMinutes(1));

        await ApiCalls.RateOkAsync(Anonymous, invitation.Token, HappinessApi.Features.Ratings.RatingValue.Great);

        Assert.That(await Factory.Database.ReasonsAsync(), Is.Empty);
    }

    [TestCase("not_good", null, "reasons[0]")]
    [TestCase("not_good", "no_such_reason", "reasons[0]")]
    [TestCase("great", "policy", "reasons")]
    public async Task RefusesAndStoresNothing_WhenReasonsDoNotFit(string rating, string? reason, string field)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1203");

        var response = await PostAsync(invitation.Token, rating, [reason]);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("validation_failed"));
            Assert.That(problem.Errors!.Select(error => error.Name), Does.Contain(field));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    private Task<HttpResponseMessage> PostAsync(string token, string rating, string?[] reasons) =>
        Anonymous.PostAsJsonAsync(RecordRatingEndpoint.Route, new { token, rating, reasons }, ApiCalls.Json);
}
