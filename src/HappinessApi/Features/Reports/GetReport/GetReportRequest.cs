using FastEndpoints;
using FluentValidation;

namespace HappinessApi.Features.Reports.GetReport;

public sealed class GetReportRequest
{
    /// <summary>How many of the most recent ratings to report on, 1 to 1000.</summary>
    [QueryParam]
    public int Last { get; init; } = 100;
}

public sealed class GetReportValidator : Validator<GetReportRequest>
{
    public const int MaxLast = 1000;

    public GetReportValidator()
    {
        RuleFor(request => request.Last)
            .InclusiveBetween(1, MaxLast);
    }
}
