using FastEndpoints;
using FluentValidation;
using HappinessApi.Features.Ratings.Listing;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetReport;

public sealed class GetReportRequest
{
    /// <summary>How many of the newest ratings to report on (with since or until, to list), 1 to 1000.</summary>
    [QueryParam]
    public int Last { get; init; } = 100;

    /// <summary>Only ratings of invitations of this team.</summary>
    [QueryParam]
    public string? Team { get; init; }

    /// <summary>
    /// Report on every rating from this instant on, included, instead of the last N: an instant with its offset,
    /// such as 2026-05-01T08:00:00Z, or a UTC day as yyyy-MM-dd.
    /// </summary>
    [QueryParam]
    public string? Since { get; init; }

    /// <summary>
    /// Report on every rating before this instant, excluded, instead of the last N: an instant with its offset, or a
    /// UTC day as yyyy-MM-dd, included whole.
    /// </summary>
    [QueryParam]
    public string? Until { get; init; }

    public bool HasWindow => Since is not null || Until is not null;

    /// <summary>The window in Unix ms, end excluded; a side not given reaches the earliest or latest day.</summary>
    public (long Start, long End) ToWindow() => (
        Since is null ? Earliest : RatingTimeBounds.Start(Since, TimeZoneInfo.Utc)!.Value,
        Until is null ? Latest : RatingTimeBounds.End(Until, TimeZoneInfo.Utc)!.Value);

    private static readonly long Earliest = StartOf(ReportParameters.MinDate);

    private static readonly long Latest = StartOf(ReportParameters.MaxDate.AddDays(1));

    private static long StartOf(DateOnly day) =>
        new DateTimeOffset(day, TimeOnly.MinValue, TimeSpan.Zero).ToUnixTimeMilliseconds();
}

public sealed class GetReportValidator : Validator<GetReportRequest>
{
    public const int MaxLast = 1000;

    private const string TimeMessage =
        $"'{{PropertyName}}' must be an instant with its offset, such as 2026-05-01T08:00:00Z, or a day as " +
        $"{ReportParameters.DateFormat}, between 1900 and 9000.";

    public GetReportValidator()
    {
        RuleFor(request => request.Last)
            .InclusiveBetween(1, MaxLast);

        this.AddTeamRule(request => request.Team);

        RuleFor(request => request.Since)
            .Must(RatingTimeBounds.IsReadable).WithMessage(TimeMessage).WithErrorCode("invalid_date");

        RuleFor(request => request.Until)
            .Must(RatingTimeBounds.IsReadable).WithMessage(TimeMessage).WithErrorCode("invalid_date");

        RuleFor(request => request.Since)
            .Must((request, _) => request.ToWindow() is var (start, end) && start < end)
            .WithMessage("'since' must be before 'until'.")
            .WithErrorCode("since_after_until")
            .When(request => RatingTimeBounds.IsReadable(request.Since) && RatingTimeBounds.IsReadable(request.Until));
    }
}
