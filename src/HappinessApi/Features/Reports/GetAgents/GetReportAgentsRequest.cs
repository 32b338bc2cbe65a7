using FastEndpoints;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetAgents;

/// <summary>Which days the agent figures cover.</summary>
public sealed class GetReportAgentsRequest : ReportPeriodRequest;

public sealed class GetReportAgentsValidator : Validator<GetReportAgentsRequest>
{
    public GetReportAgentsValidator()
    {
        this.AddPeriodRules();
    }
}
