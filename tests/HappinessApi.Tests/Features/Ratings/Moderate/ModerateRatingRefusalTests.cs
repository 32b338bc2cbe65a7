using System.Net;
using System.Text;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Moderate;

public sealed class ModerateRatingRefusalTests : ModerationTestFixture
{
    [Test]
    public async Task Returns409AndStoresNothing_WhenAVerdictIsGivenForAConfirmedRating()
    {
        At("2026-05-04T09:00:00Z");
        var id = await RatedAsync("great", comment: "Lovely");

        var response = await PatchAsync(id, new { commentHidden = true, verdict = "void" });

        var problem = await AssertRefusedAsync(response, HttpStatusCode.Conflict, ProblemCodes.NotSuspect);
        var listed = (await ListAsync()).Items.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problem.Detail, Does.Contain("suspect"));
            Assert.That(listed.CommentHidden, Is.False);
            Assert.That(listed.Verdict, Is.Null);
            Assert.That(await EventsAsync(), Is.Empty);
            Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(1, 0, 0, 1)));
        }
    }

    [Test]
    public async Task Returns404_WhenTheInvitationHasNoRating()
    {
        var invitation = await InviteAsync();

        var responses = new[]
        {
            await PatchAsync(invitation.Id, new { commentHidden = true }),
            await PatchAsync("no-such-invitation", new { commentHidden = true }),
        };

        foreach (var response in responses)
        {
            await AssertRefusedAsync(response, HttpStatusCode.NotFound, ProblemCodes.NotFound);
        }
    }

    [Test]
    public async Task NamesTheBody_WhenNothingIsToChange()
    {
        var id = await RatedAsync("great");

        var response = await PatchAsync(id, new { });

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ProblemCodes.ValidationFailed);
        Assert.That(problem.Errors!.Select(error => (error.Name, error.Code)), Is.EqualTo(new[]
        {
            ("body", "nothing_to_change"),
        }));
    }

    [TestCase("""{"verdict":"maybe"}""", "verdict")]
    [TestCase("""{"verdict":1}""", "verdict")]
    [TestCase("""{"commentHidden":"yes"}""", "commentHidden")]
    public async Task NamesTheField_WhenAValueIsNotOfItsType(string json, string field)
    {
        var id = await RatedAsync("great");

        var response = await Moderator.PatchAsync(
            RouteOf(id), new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ProblemCodes.InvalidJson);
        Assert.That(problem.Errors!.Single().Name, Is.EqualTo(field));
    }

    [Test]
    public async Task Returns401_WhenNoApiKeyIsSent()
    {
        var id = await RatedAsync("great");

        var response = await PatchAsync(id, new { commentHidden = true }, Anonymous);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, ProblemCodes.Unauthorized);
    }

    [Test]
    public async Task Returns403AndStoresNothing_WhenTheKeyLacksTheModerateScope()
    {
        var id = await RatedAsync("great", comment: "Fine");

        var response = await PatchAsync(id, new { commentHidden = true }, Reader);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, ProblemCodes.Forbidden);
        Assert.That((await ListAsync()).Items.Single().CommentHidden, Is.False);
    }

    private static async Task<ApiProblem> AssertRefusedAsync(
        HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(problem.Code, Is.EqualTo(code));
        }

        return problem;
    }
}
