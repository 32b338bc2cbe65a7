using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTeams;

/// <summary>How customers felt about each team over a period.</summary>
/// <param name="Window">The period covered.</param>
/// <param name="Teams">
/// One entry per team rated or invited in the period, by name; invitations without a team come last.
/// </param>
public sealed record GetReportTeamsResponse(ReportPeriodWindow Window, IReadOnlyList<ReportTeamFigures> Teams);

/// <summary>The figures of one team.</summary>
/// <param name="Team">The team on the invitations; null for invitations without a team.</param>
/// <param name="Figures">The team's ratings, invitations and the rates derived from them.</param>
public sealed record ReportTeamFigures(string? Team, ReportBlock Figures);
