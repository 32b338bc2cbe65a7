using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Write;

public sealed class WriteRatingRefusalTests : WriteRatingTestFixture
{
    private static readonly TestCaseData[] BrokenBodies =
    [
        Broken("unknown rating", new { rating = "meh" }, "rating", "invalid_json"),
        Broken("no rating", new { comment = "Fine" }, "rating", "not_null"),
        Broken("comment too long", new { rating = "great", comment = new string('é', 2001) }, "comment", "too_long"),
        Broken("control characters", new { rating = "ok", comment = "bell\u0007" }, "comment", "control_characters"),
        Broken(
            "unknown reason", new { rating = "not_good", reasons = new[] { "nope" } }, "reasons[0]", "unknown_reason"),
        Broken(
            "reasons for great",
            new { rating = "great", reasons = new[] { "policy" } },
            "reasons",
            "reasons_not_allowed"),
        Broken(
            "too many reasons", new { rating = "ok", reasons = Enumerable.Repeat("policy", 8) }, "reasons", "too_many"),
    ];

    [TestCaseSource(nameof(BrokenBodies))]
    public async Task RefusesWithTheCodesOfThePublicRouteAndStoresNothing_WhenTheBodyBreaksARule(
        object body, string field, string code)
    {
        var invitation = await InviteAsync();

        var response = await PutAsync(invitation.Id, body);

        var problem = await ApiCalls.ReadProblemAsync(response);
        var publicProblem = await ApiCalls.ReadProblemAsync(await PostPubliclyAsync(invitation.Token, body));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Errors!.Select(error => (error.Name, error.Code)), Does.Contain((field, code)));
            Assert.That(problem.Code, Is.EqualTo(publicProblem.Code));
            Assert.That(problem.Errors, Is.EqualTo(publicProblem.Errors));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task RefusesTheBodyAndStoresNothing_WhenItCarriesAToken()
    {
        var invitation = await InviteAsync();

        var response = await PutAsync(invitation.Id, new { token = invitation.Token, rating = "great" });

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ProblemCodes.InvalidJson);
        Assert.That(problem.Errors!.Single().Name, Is.EqualTo("token"));
    }

    [Test]
    public async Task Returns404AndStoresNothing_WhenNoInvitationHasTheId()
    {
        await InviteAsync();

        var response = await PutAsync("no-such-invitation", new { rating = "great" });

        await AssertRefusedAsync(response, HttpStatusCode.NotFound, ProblemCodes.NotFound);
    }

    [Test]
    public async Task Returns401AndStoresNothing_WhenNoApiKeyIsSent()
    {
        var invitation = await InviteAsync();

        var response = await PutAsync(invitation.Id, new { rating = "great" }, Anonymous);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, ProblemCodes.Unauthorized);
    }

    [Test]
    public async Task Returns403AndStoresNothing_WhenTheKeyLacksTheWriteScope()
    {
        var invitation = await InviteAsync();

        var responses = new[]
        {
            await PutAsync(invitation.Id, new { rating = "great" }, Reader),
            await PutAsync(invitation.Id, new { rating = "great" }, Moderator),
        };

        foreach (var response in responses)
        {
            await AssertRefusedAsync(response, HttpStatusCode.Forbidden, ProblemCodes.Forbidden);
        }
    }

    private static TestCaseData Broken(string name, object body, string field, string code) =>
        new TestCaseData(body, field, code).SetArgDisplayNames(name);

    private Task<HttpResponseMessage> PostPubliclyAsync(string token, object body)
    {
        var withToken = JsonSerializer.SerializeToNode(body, ApiCalls.Json)!.AsObject();
        withToken["token"] = token;

        return Anonymous.PostAsJsonAsync(RecordRatingEndpoint.Route, withToken, ApiCalls.Json);
    }

    private async Task<ApiProblem> AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(problem.Code, Is.EqualTo(code));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }

        return problem;
    }
}
