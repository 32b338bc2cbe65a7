using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetSummary;

/// <summary>How customers felt over a period, next to the period of equal length before it.</summary>
/// <param name="Window">The period asked for.</param>
/// <param name="PreviousWindow">The period of as many local days right before it.</param>
/// <param name="Current">The figures of the period asked for.</param>
/// <param name="Previous">The figures of the period before.</param>
/// <param name="Change">Current minus previous, in percentage points.</param>
public sealed record GetReportSummaryResponse(
    ReportPeriodWindow Window,
    ReportPeriodWindow PreviousWindow,
    ReportBlock Current,
    ReportBlock Previous,
    ReportChange Change);

/// <summary>How the figures moved since the previous period; null when either period has no figure.</summary>
/// <param name="Satisfaction">The change of the satisfaction, in percentage points.</param>
/// <param name="HappinessScore">The change of the happiness score, in percentage points.</param>
/// <param name="ResponseRate">The change of the response rate, in percentage points.</param>
public sealed record ReportChange(decimal? Satisfaction, decimal? HappinessScore, decimal? ResponseRate)
{
    public static ReportChange Between(ReportBlock current, ReportBlock previous) => new(
        current.Satisfaction - previous.Satisfaction,
        current.HappinessScore - previous.HappinessScore,
        current.ResponseRate - previous.ResponseRate);
}
