using System.Net;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class SubmitLandingPageTokenTests : ApiTestFixture
{
    [Test]
    public async Task ShowsNotValidPageAndStoresNothing_WhenBrowserSendsTamperedToken()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-607");

        var response = await LandingCalls.SubmitAsync(Anonymous, LandingCalls.Tamper(invitation.Token), "great");

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page, Does.Contain("This link is not valid"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task AnswersProblemAndStoresNothing_WhenApiClientSendsTamperedToken()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-608");

        var response = await LandingCalls.SubmitAsync(
            Anonymous, LandingCalls.Tamper(invitation.Token), "great", asBrowser: false);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("token_invalid"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task ShowsExpiredPageWith410AndStoresNothing_WhenTokenHasExpired()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-609");
        Factory.Time.Advance(TimeSpan.FromDays(30));

        var response = await LandingCalls.SubmitAsync(Anonymous, invitation.Token, "great");

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(page, Does.Contain("This link has expired"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task CreatesInvitationFromClaimsLikeTheApi_WhenInvitationIsUnknown()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-610");
        await Factory.Database.ResetAsync();

        var response = await LandingCalls.SubmitAsync(Anonymous, invitation.Token, "great");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.RequestMessage?.RequestUri?.AbsolutePath, Does.EndWith("/thanks"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 1)));
        }
    }
}
