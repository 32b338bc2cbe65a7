using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Tests.Features.Reports;

public sealed class ReportPeriodTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Test]
    public void CoversLast30LocalDaysEndingToday_WhenNoDatesAreGiven()
    {
        var now = new DateTimeOffset(2026, 3, 31, 22, 30, 0, TimeSpan.Zero);

        var period = ReportPeriod.Resolve(null, null, Paris, now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.From, Is.EqualTo(new DateOnly(2026, 3, 3)));
            Assert.That(period.To, Is.EqualTo(new DateOnly(2026, 4, 1)));
            Assert.That(period.Days, Is.EqualTo(30));
        }
    }

    [Test]
    public void EndsAtStartOfDayAfterTo_WhenPeriodCrossesDstChange()
    {
        var period = new ReportPeriod(new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29), Paris);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(period.Start, Is.EqualTo(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero)));
            Assert.That(period.End, Is.EqualTo(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero)));
        }
    }

    [Test]
    public void PreviousHasAsManyDaysRightBefore_WhenPeriodIsAMonth()
    {
        var period = new ReportPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Paris);

        var previous = period.Previous();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(previous.From, Is.EqualTo(new DateOnly(2026, 1, 29)));
            Assert.That(previous.To, Is.EqualTo(new DateOnly(2026, 2, 28)));
            Assert.That(previous.End, Is.EqualTo(period.Start));
        }
    }
}
