using System.Globalization;
using HappinessApi.Features.Reports.GetTrend;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Tests.Features.Reports;

public sealed class TrendBoundariesTests
{
    private const long Hour = 60 * 60 * 1000;

    [Test]
    public void GivesParisDaysTheirLocalLength_WhenClocksGoForward()
    {
        var days = TrendBuckets.Split(new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 30), TrendBucketSize.Day);

        var boundaries = TrendBoundaries.Of(days, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

        var lengths = boundaries.Zip(boundaries.Skip(1), (start, end) => (end - start) / Hour);
        Assert.That(lengths, Is.EqualTo(new long[] { 24, 23, 24 }));
        Assert.That(
            DateTimeOffset.FromUnixTimeMilliseconds(boundaries[0]),
            Is.EqualTo(Utc("2026-03-27T23:00:00Z")));
    }

    [Test]
    public void GivesKolkataDaysHalfHourEdges()
    {
        var days = TrendBuckets.Split(new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 15), TrendBucketSize.Day);

        var boundaries = TrendBoundaries.Of(days, TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata"));

        Assert.That(
            boundaries.Select(DateTimeOffset.FromUnixTimeMilliseconds),
            Is.EqualTo(new[] { Utc("2026-01-14T18:30:00Z"), Utc("2026-01-15T18:30:00Z") }));
    }

    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}
