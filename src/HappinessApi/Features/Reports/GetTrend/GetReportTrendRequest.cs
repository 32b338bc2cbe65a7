using FastEndpoints;
using FluentValidation;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTrend;

/// <summary>Which days and invitations the trend covers, and how the days are grouped.</summary>
public sealed class GetReportTrendRequest : FilteredReportRequest
{
    /// <summary>day, week (from Monday) or month; the period is widened to whole buckets.</summary>
    [QueryParam]
    public string Bucket { get; init; } = "day";
}

public sealed class GetReportTrendValidator : Validator<GetReportTrendRequest>
{
    public GetReportTrendValidator()
    {
        this.AddPeriodRules();
        this.AddTeamRule(request => request.Team);
        this.AddAgentRule(request => request.Agent);

        RuleFor(request => request.Bucket)
            .Must(bucket => TrendBuckets.ParseSize(bucket) is not null)
            .WithMessage("'bucket' must be day, week or month.")
            .WithErrorCode("unknown_bucket");
    }
}
