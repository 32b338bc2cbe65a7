using System.Net;
using HappinessApi.Features.Landing;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class ShowThanksPageTests : ApiTestFixture
{
    [Test]
    public async Task ShowsThanksNotRatingForm_WhenLastSegmentIsThanks()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-700");

        var response = await LandingCalls.OpenAsync(Anonymous, LandingRoutes.ThanksFor(invitation.Token));

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("Thank you!"));
            Assert.That(page, Does.Not.Contain("<form"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task ShowsNotValidPage_WhenTokenIsTampered()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-701");

        var response = await LandingCalls.OpenAsync(
            Anonymous, LandingRoutes.ThanksFor(LandingCalls.Tamper(invitation.Token)));

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page, Does.Contain("This link is not valid"));
        }
    }
}
