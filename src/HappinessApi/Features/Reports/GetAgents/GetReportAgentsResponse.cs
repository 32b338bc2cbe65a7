using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetAgents;

/// <summary>How customers felt about each agent over a period.</summary>
/// <param name="Window">The period covered.</param>
/// <param name="Agents">One entry per agent rated or invited in the period, by name.</param>
public sealed record GetReportAgentsResponse(ReportPeriodWindow Window, IReadOnlyList<ReportAgentFigures> Agents);

/// <summary>The figures of one agent.</summary>
/// <param name="Agent">The agent on the invitations, who gets the credit whoever holds the ticket now.</param>
/// <param name="Figures">The agent's ratings, invitations and the rates derived from them.</param>
public sealed record ReportAgentFigures(ReportedAgent Agent, ReportBlock Figures);

/// <summary>An agent as the helpdesk named them.</summary>
/// <param name="Id">The helpdesk's agent id.</param>
/// <param name="Name">The name on the agent's newest invitation.</param>
public sealed record ReportedAgent(string Id, string Name);
