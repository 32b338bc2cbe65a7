using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Health;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Landing;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Reasons.List;
using HappinessApi.Tests.Features.Landing;
using HappinessApi.Tests.Features.Ratings.Write;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.RateLimiting;

public sealed class LimitPublicRoutesTests
{
    private HappinessApiFactory _factory = null!;

    private HttpClient _anonymous = null!;

    private HttpClient _helpdesk = null!;

    [SetUp]
    public void StartService()
    {
        _factory = RateLimitedService.Start();
        _anonymous = _factory.CreateApiClient();
        _helpdesk = _factory.CreateApiClient(HappinessApiFactory.AdminKey);
    }

    [TearDown]
    public void StopService()
    {
        _anonymous.Dispose();
        _helpdesk.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Returns429ProblemWithRetryAfter_WhenLimitIsSpent()
    {
        await RateLimitedService.SpendLimitAsync(_anonymous);

        using var response = await RateLimitedService.GetReportAsync(_anonymous);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(
                response.Headers.RetryAfter?.Delta, Is.InRange(TimeSpan.FromSeconds(1), RateLimitedService.Window));
            Assert.That(problem.Status, Is.EqualTo((int)HttpStatusCode.TooManyRequests));
            Assert.That(problem.Code, Is.EqualTo("rate_limited"));
        }
    }

    [Test]
    public async Task StoresNothing_WhenRatingIsRefused()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(_helpdesk, "T-900");
        await RateLimitedService.SpendLimitAsync(_anonymous);

        using var response = await ApiCalls.RateAsync(_anonymous, invitation.Token, "great", "Too many");

        var stored = await _factory.Database.CountAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(stored.Ratings, Is.Zero);
            Assert.That(stored.Events, Is.Zero);
        }
    }

    [Test]
    public async Task Returns429AndStoresNothing_WhenCustomerPagesSpendTheLimit()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(_helpdesk, "T-901");
        var pages = new List<HttpStatusCode>();
        for (var visit = 0; visit < RateLimitedService.Limit; visit++)
        {
            using var page = await LandingCalls.OpenPageAsync(_anonymous, invitation.Token, RatingValue.Great);
            pages.Add(page.StatusCode);
        }

        using var response = await LandingCalls.SubmitAsync(_anonymous, invitation.Token, "great");

        var stored = await _factory.Database.CountAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(stored.Ratings, Is.Zero);
        }
    }

    [TestCase("en", "Too many requests")]
    [TestCase("fr", "Trop de demandes")]
    public async Task AnswersBusyPageWithRetryAfter_WhenABrowserOnACustomerPageIsLimited(string language, string title)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(_helpdesk, $"T-902-{language}");
        await RateLimitedService.SpendLimitAsync(_anonymous);

        var path = LandingRoutes.PageFor(invitation.Token, RatingValue.Ok);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(LandingCalls.BrowserAccept);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await _anonymous.SendAsync(request);

        var page = await LandingCalls.ReadHtmlAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null);
            Assert.That(page, Does.Contain(title));
        }
    }

    [Test]
    public async Task Returns429_WhenReasonsAreAskedForAfterLimitIsSpent()
    {
        await RateLimitedService.SpendLimitAsync(_anonymous);

        using var response = await _anonymous.GetAsync(ListReasonsEndpoint.Route);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Returns429_WhenForwardedForChangesButNoProxyIsTrusted()
    {
        var statuses = await RateLimitedService.GetReportTimesAsync(
            _anonymous, RateLimitedService.Limit + 1, RateLimitedService.Client);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses[..^1], Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(statuses[^1], Is.EqualTo(HttpStatusCode.TooManyRequests));
        }
    }

    [TestCase(GetHealthEndpoint.Route)]
    [TestCase(GetReadinessEndpoint.Route)]
    [TestCase("/swagger/v1/swagger.json")]
    [TestCase("/swagger/index.html")]
    public async Task Answers200_WhenProbeOrDocsAreCalledAfterLimitIsSpent(string path)
    {
        await RateLimitedService.SpendLimitAsync(_anonymous);

        var statuses = new List<HttpStatusCode>();
        for (var call = 0; call <= RateLimitedService.Limit; call++)
        {
            using var response = await _anonymous.GetAsync(path);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task CreatesInvitations_WhenApiKeyRouteIsCalledAfterLimitIsSpent()
    {
        await RateLimitedService.SpendLimitAsync(_anonymous);

        var statuses = new List<HttpStatusCode>();
        for (var ticket = 0; ticket <= RateLimitedService.Limit; ticket++)
        {
            using var response = await _helpdesk.PostAsJsonAsync(
                CreateInvitationEndpoint.Route, ApiCalls.InvitationBody($"T-{ticket}"), ApiCalls.Json);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task RecordsHelpdeskRatings_WhenApiKeyRouteIsCalledAfterLimitIsSpent()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(_helpdesk, "T-902");
        await RateLimitedService.SpendLimitAsync(_anonymous);

        var statuses = new List<HttpStatusCode>();
        for (var post = 0; post <= RateLimitedService.Limit; post++)
        {
            var body = new { rating = post % 2 == 0 ? "great" : "ok" };
            using var response = await WriteRatingCalls.PutAsync(_helpdesk, invitation.Id, body);
            statuses.Add(response.StatusCode);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses[0], Is.EqualTo(HttpStatusCode.Created));
            Assert.That(statuses[1..], Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That((await _factory.Database.CountAsync()).Events, Is.EqualTo(RateLimitedService.Limit + 1));
        }
    }
}
