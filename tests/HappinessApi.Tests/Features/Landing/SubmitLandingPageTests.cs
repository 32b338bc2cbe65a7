using System.Net;
using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class SubmitLandingPageTests : ApiTestFixture
{
    private HttpClient _browser = null!;

    // On Kestrel the factory's clients sit on a socket handler that follows redirects whatever the
    // client options say, so the 303 is only visible to a handler that is told not to.
    [OneTimeSetUp]
    public void CreateBrowser() => _browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        BaseAddress = Anonymous.BaseAddress,
    };

    [OneTimeTearDown]
    public void DisposeBrowser() => _browser.Dispose();

    [Test]
    public async Task RecordsRatingAndAnswers303ToThanks_WhenFormIsValid()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-600");

        var response = await LandingCalls.SubmitAsync(_browser, invitation.Token, "not_good", "Took a week");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/r/{invitation.Token}/thanks"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 1)));
            Assert.That(await Factory.Database.EventRatingsAsync(), Is.EqualTo(new[] { "not_good" }));
            Assert.That(await Factory.Database.CurrentCommentAsync(), Is.EqualTo("Took a week"));
        }
    }

    [Test]
    public async Task ShowsThanksPage_WhenRedirectIsFollowed()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-601");

        var response = await LandingCalls.SubmitAsync(Anonymous, invitation.Token, "great");

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.RequestMessage?.RequestUri?.AbsolutePath, Does.EndWith("/thanks"));
            Assert.That(page, Does.Contain("Thank you"));
        }
    }

    [Test]
    public async Task KeepsEarlierComment_WhenCommentBoxIsLeftEmpty()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-602");
        await LandingCalls.SubmitAsync(_browser, invitation.Token, "ok", "Fine in the end");

        var response = await LandingCalls.SubmitAsync(_browser, invitation.Token, "great", "");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
            Assert.That(await Factory.Database.EventRatingsAsync(), Is.EqualTo(new[] { "ok", "great" }));
            Assert.That(await Factory.Database.CurrentCommentAsync(), Is.EqualTo("Fine in the end"));
        }
    }

    [Test]
    public async Task EncodesComment_WhenFormIsShownAgain()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-603");

        var response = await LandingCalls.SubmitAsync(
            _browser, invitation.Token, rating: null, "<script>alert('x')</script> & \"quotes\"");

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page, Does.Not.Contain("<script"));
            Assert.That(page, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"));
            Assert.That(page, Does.Contain("&amp; &quot;quotes&quot;</textarea>"));
            Assert.That(page, Does.Contain("Please choose one of the three faces."));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task ShowsFormAgainWith400AndKeepsText_WhenCommentIsTooLong()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-604");
        var comment = new string('a', RatingFieldRules.MaxCommentLength + 1);

        var response = await LandingCalls.SubmitAsync(_browser, invitation.Token, "ok", comment);

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page, Does.Contain($"aria-invalid=\"true\">\n{comment}</textarea>"));
            Assert.That(page, Does.Contain("<p class=\"error\" id=\"comment-error\">Please shorten your comment"));
            Assert.That(page, Does.Contain("name=\"rating\" value=\"ok\" checked>"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [Test]
    public async Task ShowsFormAgainWith400_WhenCommentHasControlCharacters()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-605");

        var response = await LandingCalls.SubmitAsync(_browser, invitation.Token, "great", "bell\u0007");

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page, Does.Contain("id=\"comment-error\""));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    [TestCase("meh")]
    [TestCase("GREAT")]
    [TestCase("")]
    public async Task ShowsFormAgainWith400_WhenRatingIsUnknown(string rating)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-606");

        var response = await LandingCalls.SubmitAsync(_browser, invitation.Token, rating, "Kept");

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page, Does.Contain("id=\"rating-error\""));
            Assert.That(page, Does.Not.Contain(" checked>"));
            Assert.That(page, Does.Contain(">\nKept</textarea>"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }
}
