namespace HappinessApi.Features.Reports.Periods;

/// <summary>Whole local days of a time zone, from <see cref="From"/> to <see cref="To"/> included.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, TimeZoneInfo Zone)
{
    public const int DefaultDays = 30;

    /// <summary>Five years, leap days included.</summary>
    public const int MaxDays = 1827;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The first instant of the period.</summary>
    public DateTimeOffset Start => LocalCalendar.StartOfDay(From, Zone);

    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset End => LocalCalendar.StartOfDay(To.AddDays(1), Zone);

    // Equal length in local days rather than hours, so a previous period across a DST change is still whole days.
    public ReportPeriod Previous() => this with { From = From.AddDays(-Days), To = From.AddDays(-1) };

    /// <summary>The asked-for days; a missing end is today, a missing start makes a 30-day period.</summary>
    public static ReportPeriod Resolve(DateOnly? from, DateOnly? to, TimeZoneInfo zone, DateTimeOffset now)
    {
        var last = to ?? LocalCalendar.DateOf(now, zone);
        var first = from ?? last.AddDays(1 - DefaultDays);

        return new ReportPeriod(first, last, zone);
    }
}
