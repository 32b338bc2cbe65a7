using System.Globalization;
using HappinessApi.Features.Reports.Aggregates;

namespace HappinessApi.Tests.Features.Reports.Aggregates;

public sealed class TimeCoverTests
{
    private const long Hour = 3_600_000;

    [Test]
    public void ReadsWholeDaysThenEdgeHours_WhenAParisPeriodStartsAt23Utc()
    {
        var cover = TimeCover.Of(At("2026-01-09T23:00:00Z"), At("2026-01-12T23:00:00Z"), AggregateSpan.Sketched);

        Assert.That(cover.Runs, Is.EqualTo(new[]
        {
            new CoverRun(
                AggregateSpan.Day, At("2026-01-10T00:00:00Z") / (24 * Hour), At("2026-01-12T00:00:00Z") / (24 * Hour)),
            new CoverRun(AggregateSpan.Hour, At("2026-01-09T23:00:00Z") / Hour, At("2026-01-10T00:00:00Z") / Hour),
            new CoverRun(AggregateSpan.Hour, At("2026-01-12T00:00:00Z") / Hour, At("2026-01-12T23:00:00Z") / Hour),
        }));
        Assert.That(cover.Rows, Is.Empty);
    }

    [Test]
    public void ReadsTheHalfHoursFromRows_WhenAKolkataDayStartsAtHalfPast()
    {
        var (start, end) = (At("2026-01-14T18:30:00Z"), At("2026-01-15T18:30:00Z"));

        var cover = TimeCover.Of(start, end, AggregateSpan.Sketched);

        Assert.That(cover.Runs.Select(run => run.Span), Is.EqualTo(new[] { AggregateSpan.Hour }));
        Assert.That(cover.Runs[0].End - cover.Runs[0].First, Is.EqualTo(23));
        Assert.That(cover.Rows, Is.EqualTo(new[] { (start, start + (Hour / 2)), (end - (Hour / 2), end) }));
    }

    [Test]
    public void CoversEveryInstantOnce_ForAnyQuarterHourPeriod()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 500; trial++)
        {
            var start = At("2026-01-01T00:00:00Z") + (random.Next(0, 4 * 24 * 40) * Hour / 4);
            var end = start + (random.Next(0, 4 * 24 * 40) * Hour / 4);

            var cover = TimeCover.Of(start, end, AggregateSpan.Sketched);

            var covered = cover.Runs.Sum(run => (run.End - run.First) * run.Span.Milliseconds)
                + cover.Rows.Sum(range => range.End - range.Start);
            Assert.That(covered, Is.EqualTo(end - start), $"{start}..{end}");
        }
    }

    private static long At(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
}
