using HappinessApi.Features.Reports.GetTrend;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportTrendTests : ReportTestFixture
{
    [TestCase("Europe/Paris", "2026-03-30")]
    [TestCase("UTC", "2026-03-29")]
    public async Task CountsRatingOnLocalDay_WhenRatedLateInUtcEvening(string zone, string day)
    {
        At("2026-03-29T22:30:00Z");
        await RateManyAsync(new ReportInvitation(), "great");

        var trend = await GetTrendAsync($"from=2026-03-28&to=2026-03-31&tz={zone}");

        Assert.That(DaysWithRatings(trend), Is.EqualTo(new[] { day }));
    }

    [Test]
    public async Task CountsRatingOnNextDay_WhenZoneIsHalfAnHourAhead()
    {
        At("2026-01-14T19:00:00Z");
        await RateManyAsync(new ReportInvitation(), "great");

        var trend = await GetTrendAsync("from=2026-01-13&to=2026-01-16&tz=Asia/Kolkata");

        Assert.That(DaysWithRatings(trend), Is.EqualTo(new[] { "2026-01-15" }));
    }

    [Test]
    public async Task HoldsExactlyTheRatingsOf23Hours_WhenParisClocksGoForward()
    {
        foreach (var instant in new[]
        {
            "2026-03-28T22:59:59Z", "2026-03-28T23:00:00Z", "2026-03-29T21:59:59Z", "2026-03-29T22:00:00Z",
        })
        {
            At(instant);
            await RateManyAsync(new ReportInvitation(), "great");
        }

        var trend = await GetTrendAsync("from=2026-03-28&to=2026-03-30&tz=Europe/Paris");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(trend.Buckets.Select(bucket => bucket.Counts.Total), Is.EqualTo(new[] { 1, 2, 1 }));
            Assert.That(trend.Buckets[1].Start, Is.EqualTo(new DateOnly(2026, 3, 29)));
            Assert.That(trend.Buckets[1].End, Is.EqualTo(new DateOnly(2026, 3, 30)));
            Assert.That(trend.Window.Start, Is.EqualTo(new DateTimeOffset(2026, 3, 27, 23, 0, 0, TimeSpan.Zero)));
            Assert.That(trend.Window.End, Is.EqualTo(new DateTimeOffset(2026, 3, 30, 22, 0, 0, TimeSpan.Zero)));
        }
    }

    [Test]
    public async Task IncludesEmptyBuckets_WhenSomeDaysHaveNoRatings()
    {
        At("2026-03-03T12:00:00Z");
        await RateManyAsync(new ReportInvitation(), "great", "ok", "not_good");

        var trend = await GetTrendAsync("from=2026-03-01&to=2026-03-05");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(trend.Buckets.Select(bucket => bucket.Counts.Total), Is.EqualTo(new[] { 0, 0, 3, 0, 0 }));
            Assert.That(trend.Buckets[0].Satisfaction, Is.Null);
            Assert.That(trend.Buckets[2].Percentages.Great, Is.EqualTo(34));
            Assert.That(trend.Buckets[2].HappinessScore, Is.EqualTo(0m));
        }
    }

    [Test]
    public async Task GroupsWeeksFromMonday_WhenBucketIsWeek()
    {
        At("2026-03-08T12:00:00Z");
        await RateManyAsync(new ReportInvitation(), "great");
        At("2026-03-09T12:00:00Z");
        await RateManyAsync(new ReportInvitation(), "ok");

        var trend = await GetTrendAsync("from=2026-03-04&to=2026-03-10&bucket=week");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(trend.Bucket, Is.EqualTo("week"));
            Assert.That(trend.Buckets.Select(bucket => bucket.Start), Is.EqualTo(new[]
            {
                new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9),
            }));
            Assert.That(trend.Buckets.Select(bucket => bucket.Counts.Total), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(trend.Window.From, Is.EqualTo(new DateOnly(2026, 3, 2)));
            Assert.That(trend.Window.To, Is.EqualTo(new DateOnly(2026, 3, 15)));
        }
    }

    [Test]
    public async Task GroupsCalendarMonthsInZone_WhenBucketIsMonth()
    {
        At("2026-01-31T23:30:00Z");
        await RateManyAsync(new ReportInvitation(), "great");

        var trend = await GetTrendAsync("from=2026-01-01&to=2026-02-28&bucket=month&tz=Europe/Paris");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(trend.Buckets.Select(bucket => bucket.End), Is.EqualTo(new[]
            {
                new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1),
            }));
            Assert.That(trend.Buckets.Select(bucket => bucket.Counts.Total), Is.EqualTo(new[] { 0, 1 }));
        }
    }

    private Task<GetReportTrendResponse> GetTrendAsync(string query) =>
        GetAsync<GetReportTrendResponse>(GetReportTrendEndpoint.Route, query);

    private static string[] DaysWithRatings(GetReportTrendResponse trend) =>
    [
        .. trend.Buckets
            .Where(bucket => bucket.Counts.Total > 0)
            .Select(bucket => bucket.Start.ToString("yyyy-MM-dd", null)),
    ];
}
