using System.Net;
using HappinessApi.Features.Landing;
using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class ShowLandingPageTests : ApiTestFixture
{
    [TestCase(RatingValue.Great, "great")]
    [TestCase(RatingValue.Ok, "ok")]
    [TestCase(RatingValue.NotGood, "not_good")]
    public async Task ShowsFormWithChosenFaceAndStoresNothing_WhenLinkIsOpened(RatingValue rating, string wire)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-500");

        var response = await LandingCalls.OpenPageAsync(Anonymous, invitation.Token, rating);

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("<html lang=\"en\">"));
            Assert.That(page, Does.Contain($"name=\"rating\" value=\"{wire}\" checked>"));
            Assert.That(page.Split(" checked>"), Has.Length.EqualTo(2));
            Assert.That(page, Does.Contain($"action=\"/r/{invitation.Token}\""));
            Assert.That(page, Does.Contain("<textarea id=\"comment\" name=\"comment\" rows=\"6\" maxlength=\"2000\">"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task LabelsEveryFace_WhenFormIsShown()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-501");

        var page = await LandingCalls.ReadHtmlAsync(
            await LandingCalls.OpenPageAsync(Anonymous, invitation.Token, RatingValue.Ok));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Contain("<fieldset>").And.Contain("<legend>"));
            Assert.That(page, Does.Contain("<label for=\"rating-great\">").And.Contain("Great</label>"));
            Assert.That(page, Does.Contain("<label for=\"rating-ok\">").And.Contain("OK</label>"));
            Assert.That(page, Does.Contain("<label for=\"rating-not_good\">").And.Contain("Not so good</label>"));
            Assert.That(page, Does.Contain("name=\"viewport\""));
            Assert.That(page, Does.Not.Contain("<script"));
        }
    }

    [Test]
    public async Task StoresNothing_WhenPageIsRequestedWithHead()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-502");

        var response = await LandingCalls.OpenAsync(
            Anonymous, LandingRoutes.PageFor(invitation.Token, RatingValue.Great), HttpMethod.Head);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [TestCase("meh")]
    [TestCase("GREAT")]
    [TestCase("not%20good")]
    public async Task Returns404_WhenRatingSegmentIsUnknown(string rating)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-503");

        var response = await Anonymous.GetAsync($"{LandingRoutes.SubmitFor(invitation.Token)}/{rating}");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(problem.Code, Is.EqualTo("not_found"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task KeepsTokenOutOfReferrerAndCache_WhenFormIsShown()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-507");

        var response = await LandingCalls.OpenPageAsync(Anonymous, invitation.Token, RatingValue.Great);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
            Assert.That(
                response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
        }
    }
}
