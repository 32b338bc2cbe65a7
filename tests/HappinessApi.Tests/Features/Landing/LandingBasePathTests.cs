using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

/// <summary>A service published under a path, such as https://support.example.com/happiness, behind a proxy.</summary>
public sealed class LandingBasePathTests
{
    private HappinessApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        var settings = TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live)
            .Append(new("Links:PublicBaseUrl", "https://support.example.com/happiness"));
        _factory = new HappinessApiFactory(null, settings);
    }

    [OneTimeTearDown]
    public void StopService() => _factory.Dispose();

    [Test]
    public async Task PostsFormUnderTheBasePath_WhenPublicBaseUrlHasAPath()
    {
        using var helpdesk = _factory.CreateApiClient(HappinessApiFactory.AdminKey);
        var invitation = await ApiCalls.CreateInvitationAsync(helpdesk, "T-1500");

        var page = await LandingCalls.ReadHtmlAsync(
            await LandingCalls.OpenPageAsync(helpdesk, invitation.Token, RatingValue.Ok));

        Assert.That(page, Does.Contain($"action=\"/happiness/r/{invitation.Token}\""));
    }

    [Test]
    public async Task RedirectsUnderTheBasePath_WhenFormIsRecorded()
    {
        using var helpdesk = _factory.CreateApiClient(HappinessApiFactory.AdminKey);
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = helpdesk.BaseAddress,
        };
        var invitation = await ApiCalls.CreateInvitationAsync(helpdesk, "T-1501");

        var response = await LandingCalls.SubmitAsync(browser, invitation.Token, "great");

        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/happiness/r/{invitation.Token}/thanks"));
    }
}
