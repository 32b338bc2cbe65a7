using System.Net;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

/// <summary>
/// A form over the limits is refused as too large before any endpoint binds it, as a page to a browser.
/// </summary>
public sealed class RefuseOversizeFormTests : ApiTestFixture
{
    private static readonly string LongComment = new('a', (1024 * 1024) + 1);

    [Test]
    public async Task AnswersTooLargeProblemAndStoresNothing_WhenFormIsOverOneMegabyte()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-oversize-1");

        var response = await LandingCalls.SubmitAsync(Anonymous, invitation.Token, "ok", LongComment, asBrowser: false);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(problem.Code, Is.EqualTo("request_too_large"));
            Assert.That((await Factory.Database.CountAsync()).Ratings, Is.Zero);
        }
    }

    [Test]
    public async Task AnswersTooLargePage_WhenABrowserSendsAFormOverOneMegabyte()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-oversize-2");

        var response = await LandingCalls.SubmitAsync(Anonymous, invitation.Token, "ok", LongComment);

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(page, Does.Contain("Your answer is too long"));
            Assert.That((await Factory.Database.CountAsync()).Ratings, Is.Zero);
        }
    }

    [Test]
    public async Task AnswersTooLarge_WhenFormHasMoreFieldsThanAllowed()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-oversize-3");
        var reasons = Enumerable.Repeat("slow_response", 2000);

        var response = await LandingCalls.SubmitAsync(
            Anonymous, invitation.Token, "ok", asBrowser: false, reasons: reasons);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(problem.Code, Is.EqualTo("request_too_large"));
            Assert.That((await Factory.Database.CountAsync()).Ratings, Is.Zero);
        }
    }
}
