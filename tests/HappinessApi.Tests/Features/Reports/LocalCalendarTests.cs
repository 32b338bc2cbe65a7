using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Tests.Features.Reports;

public sealed class LocalCalendarTests
{
    [TestCase("UTC", "2026-03-29", "2026-03-29T00:00:00Z")]
    [TestCase("Europe/Paris", "2026-03-29", "2026-03-28T23:00:00Z")]
    [TestCase("Europe/Paris", "2026-03-30", "2026-03-29T22:00:00Z")]
    [TestCase("Asia/Kolkata", "2026-01-15", "2026-01-14T18:30:00Z")]
    [TestCase("Asia/Kathmandu", "2026-01-15", "2026-01-14T18:15:00Z")]
    [TestCase("America/New_York", "2026-07-04", "2026-07-04T04:00:00Z")]
    public void ReturnsUtcInstantOfLocalMidnight_WhenMidnightExistsOnce(string zone, string date, string expected)
    {
        var start = LocalCalendar.StartOfDay(DateOnly.Parse(date, null), ZoneOf(zone));

        Assert.That(start, Is.EqualTo(DateTimeOffset.Parse(expected, null)));
    }

    [Test]
    public void ReturnsInstantClocksJump_WhenMidnightIsSkipped()
    {
        var start = LocalCalendar.StartOfDay(new DateOnly(2026, 3, 8), ZoneOf("America/Havana"));

        Assert.That(start, Is.EqualTo(new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void ReturnsEarlierInstant_WhenMidnightHappensTwice()
    {
        var start = LocalCalendar.StartOfDay(new DateOnly(2026, 11, 1), ZoneOf("America/Havana"));

        Assert.That(start, Is.EqualTo(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero)));
    }

    [TestCase("2026-03-29", 23)]
    [TestCase("2026-10-25", 25)]
    [TestCase("2026-06-15", 24)]
    public void DayLastsAsLongAsTheClocksSay_WhenZoneIsParis(string date, int hours)
    {
        var day = DateOnly.Parse(date, null);
        var paris = ZoneOf("Europe/Paris");

        var length = LocalCalendar.StartOfDay(day.AddDays(1), paris) - LocalCalendar.StartOfDay(day, paris);

        Assert.That(length, Is.EqualTo(TimeSpan.FromHours(hours)));
    }

    [TestCase("2026-03-29T22:30:00Z", "Europe/Paris", "2026-03-30")]
    [TestCase("2026-03-29T22:30:00Z", "UTC", "2026-03-29")]
    [TestCase("2026-01-14T19:00:00Z", "Asia/Kolkata", "2026-01-15")]
    public void ReturnsLocalDate_WhenInstantIsNearMidnight(string instant, string zone, string expected)
    {
        var date = LocalCalendar.DateOf(DateTimeOffset.Parse(instant, null), ZoneOf(zone));

        Assert.That(date, Is.EqualTo(DateOnly.Parse(expected, null)));
    }

    private static TimeZoneInfo ZoneOf(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
