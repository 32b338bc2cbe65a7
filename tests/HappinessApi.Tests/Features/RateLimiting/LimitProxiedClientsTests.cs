using System.Net;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.RateLimiting;

/// <summary>The service behind a reverse proxy on the loopback address, which it is told to trust.</summary>
public sealed class LimitProxiedClientsTests
{
    private HappinessApiFactory _factory = null!;

    private HttpClient _proxy = null!;

    [SetUp]
    public void StartService()
    {
        var trustLoopback = new KeyValuePair<string, string?>("RateLimiting:TrustedProxies:0", "127.0.0.1");
        _factory = RateLimitedService.Start(trustLoopback);
        _proxy = _factory.CreateApiClient();
    }

    [TearDown]
    public void StopService()
    {
        _proxy.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task AnswersEveryRequest_WhenEachIsForwardedForAnotherClient()
    {
        var statuses = await RateLimitedService.GetReportTimesAsync(
            _proxy, RateLimitedService.Limit + 1, RateLimitedService.Client);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Returns429ToThatClientOnly_WhenOneForwardedClientSpendsItsLimit()
    {
        var spender = RateLimitedService.Client(0);
        await RateLimitedService.SpendLimitAsync(_proxy, spender);

        using var refused = await RateLimitedService.GetReportAsync(_proxy, spender);
        using var other = await RateLimitedService.GetReportAsync(_proxy, RateLimitedService.Client(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }
}
