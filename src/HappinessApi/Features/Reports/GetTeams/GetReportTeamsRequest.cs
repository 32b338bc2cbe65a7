using FastEndpoints;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTeams;

/// <summary>Which days the team figures cover.</summary>
public sealed class GetReportTeamsRequest : ReportPeriodRequest;

public sealed class GetReportTeamsValidator : Validator<GetReportTeamsRequest>
{
    public GetReportTeamsValidator()
    {
        this.AddPeriodRules();
    }
}
