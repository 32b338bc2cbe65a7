using FastEndpoints;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTeams;

/// <summary>Which days the team figures cover.</summary>
public sealed class GetReportTeamsRequest : ReportPeriodRequest
{
    /// <summary>Only invitations of this agent id.</summary>
    [QueryParam]
    public string? Agent { get; init; }
}

public sealed class GetReportTeamsValidator : Validator<GetReportTeamsRequest>
{
    public GetReportTeamsValidator()
    {
        this.AddPeriodRules();
        this.AddAgentRule(request => request.Agent);
    }
}
