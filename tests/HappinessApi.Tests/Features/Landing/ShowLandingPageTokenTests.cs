using System.Net;
using HappinessApi.Features.Landing;
using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class ShowLandingPageTokenTests : ApiTestFixture
{
    [Test]
    public async Task ShowsNotValidPage_WhenBrowserOpensTamperedLink()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-504");

        var response = await LandingCalls.OpenPageAsync(
            Anonymous, LandingCalls.Tamper(invitation.Token), RatingValue.Great);

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page, Does.Contain("This link is not valid"));
            Assert.That(page, Does.Not.Contain("<form"));
        }
    }

    [Test]
    public async Task AnswersProblem_WhenApiClientOpensTamperedLink()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-505");

        var response = await Anonymous.GetAsync(
            LandingRoutes.PageFor(LandingCalls.Tamper(invitation.Token), RatingValue.Great));

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("token_invalid"));
            Assert.That(problem.Errors!.Select(error => error.Name), Is.EqualTo(new[] { "token" }));
        }
    }

    [Test]
    public async Task ShowsExpiredPageWith410_WhenBrowserOpensExpiredLink()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-506");
        Factory.Time.Advance(TimeSpan.FromDays(30));

        var response = await LandingCalls.OpenPageAsync(Anonymous, invitation.Token, RatingValue.Great);

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(page, Does.Contain("This link has expired"));
        }
    }
}
