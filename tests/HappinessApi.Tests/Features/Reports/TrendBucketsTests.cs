using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Tests.Features.Reports;

public sealed class TrendBucketsTests
{
    [Test]
    public void ReturnsOneBucketPerDay_WhenBucketIsDay()
    {
        var buckets = TrendBuckets.Split(new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 30), TrendBucketSize.Day);

        Assert.That(buckets, Is.EqualTo(new[]
        {
            new LocalDays(new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 29)),
            new LocalDays(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 30)),
            new LocalDays(new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 31)),
        }));
    }

    [Test]
    public void StartsWeeksOnMonday_WhenRangeStartsMidweek()
    {
        var buckets = TrendBuckets.Split(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 16), TrendBucketSize.Week);

        Assert.That(buckets, Is.EqualTo(new[]
        {
            new LocalDays(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9)),
            new LocalDays(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 16)),
            new LocalDays(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 23)),
        }));
    }

    [Test]
    public void FollowsCalendarMonths_WhenBucketIsMonth()
    {
        var buckets = TrendBuckets.Split(new DateOnly(2026, 1, 31), new DateOnly(2026, 3, 1), TrendBucketSize.Month);

        Assert.That(buckets, Is.EqualTo(new[]
        {
            new LocalDays(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)),
            new LocalDays(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)),
            new LocalDays(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1)),
        }));
    }

    [TestCase("2026-03-01", "2026-02-23")]
    [TestCase("2026-03-02", "2026-03-02")]
    [TestCase("2026-03-08", "2026-03-02")]
    public void AlignsToMonday_WhenAnyDayIsGiven(string date, string monday)
    {
        var start = TrendBuckets.StartOf(DateOnly.Parse(date, null), TrendBucketSize.Week);

        Assert.That(start, Is.EqualTo(DateOnly.Parse(monday, null)));
    }
}
