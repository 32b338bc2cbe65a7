using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.GetTrend;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Tests.Features.Reports;

public sealed class TrendFoldTests
{
    private const long Hour = 3_600_000;

    [TestCase(0, 0)]
    [TestCase(23 * Hour - 1, 0)]
    [TestCase(23 * Hour, 1)]
    [TestCase(47 * Hour - 1, 1)]
    [TestCase(47 * Hour, -1)]
    [TestCase(-1, -1)]
    public void FindsBucketByItsStartAndExcludedEnd_WhenInstantIsAtAnEdge(long instant, int expected)
    {
        long[] boundaries = [0, 23 * Hour, 47 * Hour];

        Assert.That(TrendFold.BucketOf(instant, boundaries), Is.EqualTo(expected));
    }

    [Test]
    public void GivesInstantToLaterBucket_WhenADayIsSkippedWhole()
    {
        long[] boundaries = [0, 24 * Hour, 24 * Hour, 48 * Hour];

        Assert.That(TrendFold.BucketOf(24 * Hour, boundaries), Is.EqualTo(2));
    }

    [Test]
    public void FoldsSlotsIntoParisDays_WhenClocksGoForward()
    {
        var days = TrendBuckets.Split(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 30), TrendBucketSize.Day);
        var boundaries = TrendFold.Boundaries(days, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        SlotTally[] slots =
        [
            SlotAt("2026-03-28T22:45:00Z", 8),
            SlotAt("2026-03-28T23:00:00Z", 2),
            SlotAt("2026-03-29T21:45:00Z", 1),
            SlotAt("2026-03-29T22:00:00Z", 4),
        ];

        var figures = TrendFold.Fold(boundaries, slots);

        Assert.That(figures.Select(day => day.Great), Is.EqualTo(new[] { 3, 4 }));
    }

    private static SlotTally SlotAt(string instant, int great)
    {
        var milliseconds = DateTimeOffset.Parse(instant, null).ToUnixTimeMilliseconds();

        return new SlotTally(milliseconds / RangeReportStore.SlotMilliseconds, great, 0, 0);
    }
}
