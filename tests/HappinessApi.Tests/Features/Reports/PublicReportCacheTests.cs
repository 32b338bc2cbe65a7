using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Infrastructure.Caching;
using Microsoft.Extensions.Time.Testing;

namespace HappinessApi.Tests.Features.Reports;

public sealed class PublicReportCacheTests
{
    private FakeTimeProvider _time = null!;

    private ReportDataVersion _version = null!;

    private int _builds;

    [SetUp]
    public void StartAfresh()
    {
        _time = new FakeTimeProvider();
        _version = new ReportDataVersion();
        _builds = 0;
    }

    [Test]
    public async Task BuildsOnce_WhenNothingWasCommittedWithinASecond()
    {
        var cache = new PublicReportCache(_version, _time);

        var first = await cache.GetOrBuildAsync("100", BuildAsync);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        var second = await cache.GetOrBuildAsync("100", BuildAsync);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_builds, Is.EqualTo(1));
            Assert.That(second, Is.SameAs(first));
        }
    }

    [Test]
    public async Task BuildsAgain_WhenARatingWasCommittedSince()
    {
        var cache = new PublicReportCache(_version, _time);
        await cache.GetOrBuildAsync("100", BuildAsync);

        _version.Bump();
        await cache.GetOrBuildAsync("100", BuildAsync);

        Assert.That(_builds, Is.EqualTo(2));
    }

    [Test]
    public async Task BuildsAgain_WhenASecondHasPassedOrTheQueryDiffers()
    {
        var cache = new PublicReportCache(_version, _time);
        await cache.GetOrBuildAsync("100", BuildAsync);

        _time.Advance(TimeSpan.FromSeconds(1));
        await cache.GetOrBuildAsync("100", BuildAsync);
        await cache.GetOrBuildAsync("100|support", BuildAsync);

        Assert.That(_builds, Is.EqualTo(3));
    }

    private Task<GetReportResponse> BuildAsync()
    {
        _builds++;
        return Task.FromResult(new GetReportResponse(
            new ReportWindow(100, null, null), new ReportCounts(0, 0, 0, 0), new ReportPercentages(null, null, null),
            null, null, []));
    }
}
