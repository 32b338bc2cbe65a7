using FastEndpoints;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetAgents;

/// <summary>Which days the agent figures cover.</summary>
public sealed class GetReportAgentsRequest : ReportPeriodRequest
{
    /// <summary>Only invitations of this team.</summary>
    [QueryParam]
    public string? Team { get; init; }
}

public sealed class GetReportAgentsValidator : Validator<GetReportAgentsRequest>
{
    public GetReportAgentsValidator()
    {
        this.AddPeriodRules();
        this.AddTeamRule(request => request.Team);
    }
}
