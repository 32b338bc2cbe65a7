using FastEndpoints;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetReasons;

/// <summary>Which days and invitations the reason figures cover.</summary>
public sealed class GetReportReasonsRequest : FilteredReportRequest;

public sealed class GetReportReasonsValidator : Validator<GetReportReasonsRequest>
{
    public GetReportReasonsValidator()
    {
        this.AddPeriodRules();
        this.AddTeamRule(request => request.Team);
        this.AddAgentRule(request => request.Agent);
    }
}
