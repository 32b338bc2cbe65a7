using System.Net.Http.Json;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class ShowLandingPageLanguageTests : ApiTestFixture
{
    [Test]
    public async Task ShowsFrenchPage_WhenInvitationLocaleIsFrench()
    {
        var token = await CreateInvitationAsync("T-1300", "fr-CA");

        var page = await OpenAsync(token, RatingValue.NotGood, acceptLanguage: "en-US");

        Assert.That(page, Does.Contain("lang=\"fr\"").And.Contain("Pas terrible").And.Contain("Envoyer"));
    }

    [Test]
    public async Task ShowsFrenchPage_WhenBrowserPrefersFrenchAndInvitationHasNoLocale()
    {
        var token = await CreateInvitationAsync("T-1301", locale: null);

        var page = await OpenAsync(token, RatingValue.Ok, acceptLanguage: "de-DE, fr;q=0.8, en;q=0.5");

        Assert.That(page, Does.Contain("lang=\"fr\"").And.Contain("Qu'est-ce qui vous a déçu"));
    }

    [Test]
    public async Task ShowsEnglishPage_WhenNeitherNamesASupportedLanguage()
    {
        var token = await CreateInvitationAsync("T-1302", "de");

        var page = await OpenAsync(token, RatingValue.Great, acceptLanguage: "es");

        Assert.That(page, Does.Contain("lang=\"en\"").And.Contain("Not so good"));
    }

    [Test]
    public async Task ShowsNotFoundInTheInvitationsLanguage_WhenTheFaceIsUnknown()
    {
        var token = await CreateInvitationAsync("T-1304", "fr");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/r/{token}/meh");
        request.Headers.Accept.ParseAdd(LandingCalls.BrowserAccept);
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await Anonymous.SendAsync(request);

        var page = System.Net.WebUtility.HtmlDecode(await LandingCalls.ReadHtmlAsync(response));
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(404));
            Assert.That(page, Does.Contain("Cette page n'existe pas"));
        }
    }

    [TestCase(RatingValue.NotGood, true)]
    [TestCase(RatingValue.Ok, true)]
    [TestCase(RatingValue.Great, false)]
    public async Task OffersReasons_OnlyWhenTheChosenFaceIsNotGreat(RatingValue rating, bool offered)
    {
        var token = await CreateInvitationAsync("T-1303", "en");

        var page = await OpenAsync(token, rating, acceptLanguage: "en");

        Assert.That(page.Contains("name=\"reasons\" value=\"policy\"", StringComparison.Ordinal), Is.EqualTo(offered));
    }

    private async Task<string> CreateInvitationAsync(string ticketId, string? locale)
    {
        var body = new { ticketId, agent = new { id = "a-1", name = "Ann" }, locale };
        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, body, ApiCalls.Json);
        var invitation = await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(ApiCalls.Json);

        return invitation!.Token;
    }

    private async Task<string> OpenAsync(string token, RatingValue rating, string acceptLanguage)
    {
        var route = HappinessApi.Features.Landing.LandingRoutes.PageFor(token, rating);
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.Accept.ParseAdd(LandingCalls.BrowserAccept);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);

        var page = await LandingCalls.ReadHtmlAsync(await Anonymous.SendAsync(request));

        return System.Net.WebUtility.HtmlDecode(page);
    }
}
