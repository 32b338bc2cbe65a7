namespace HappinessApi.Features.Reports.Periods;

/// <summary>The local days a report covers, and the UTC instants that bound them.</summary>
/// <param name="From">The first local day.</param>
/// <param name="To">The last local day, included.</param>
/// <param name="Tz">The IANA time zone the days are counted in.</param>
/// <param name="Start">The first instant of <c>from</c> in the zone.</param>
/// <param name="End">The first instant after <c>to</c> in the zone; not included.</param>
public sealed record ReportPeriodWindow(DateOnly From, DateOnly To, string Tz, DateTimeOffset Start, DateTimeOffset End)
{
    public static ReportPeriodWindow Of(ReportPeriod period) =>
        new(period.From, period.To, period.Zone.Id, period.Start, period.End);
}
