namespace HappinessApi.Features.Reports.Periods;

/// <summary>Turns local calendar days of a time zone into UTC instants, across DST changes.</summary>
public static class LocalCalendar
{
    /// <summary>
    /// The first instant at or after local midnight of the date: when midnight is skipped by a DST gap, the
    /// instant the clocks jump; when midnight happens twice, the earlier of the two.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

        // Offsets and transitions fall on whole minutes, so the first valid minute is the end of the gap.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);

        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The local calendar date of an instant in the zone.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
