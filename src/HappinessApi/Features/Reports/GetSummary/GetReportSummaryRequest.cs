using FastEndpoints;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetSummary;

/// <summary>Which days and invitations the summary covers.</summary>
public sealed class GetReportSummaryRequest : FilteredReportRequest;

public sealed class GetReportSummaryValidator : Validator<GetReportSummaryRequest>
{
    public GetReportSummaryValidator()
    {
        this.AddPeriodRules();
        this.AddTeamRule(request => request.Team);
        this.AddAgentRule(request => request.Agent);
    }
}
