using FastEndpoints;
using FluentValidation;

namespace HappinessApi.Features.Reports.Periods;

/// <summary>The rules every report request shares for its days and time zone.</summary>
public static class ReportPeriodRules
{
    private const string DateMessage =
        $"'{{PropertyName}}' must be a date as {ReportParameters.DateFormat}, between 1900 and 9000.";

    public static void AddPeriodRules<T>(this Validator<T> validator)
        where T : ReportPeriodRequest
    {
        validator.RuleFor(request => request.From)
            .Must(IsDateOrMissing)
            .WithMessage(DateMessage)
            .WithErrorCode("invalid_date");

        validator.RuleFor(request => request.To)
            .Must(IsDateOrMissing)
            .WithMessage(DateMessage)
            .WithErrorCode("invalid_date");

        validator.RuleFor(request => request.Tz)
            .Must(tz => ReportParameters.FindZone(tz) is not null)
            .WithMessage("'tz' must be an IANA time zone, such as Europe/Paris.")
            .WithErrorCode("unknown_time_zone");

        validator.RuleFor(request => request.From)
            .Must((request, _) => PeriodOf(validator, request).Days >= 1)
            .WithMessage("'from' must not be after 'to'.")
            .WithErrorCode("from_after_to")
            .Must((request, _) => PeriodOf(validator, request).Days <= ReportPeriod.MaxDays)
            .WithMessage($"The period must be at most {ReportPeriod.MaxDays} days (five years).")
            .WithErrorCode("period_too_long")
            .When(IsReadable);
    }

    private static bool IsDateOrMissing(string? text) => text is null || ReportParameters.ParseDate(text) is not null;

    private static bool IsReadable(ReportPeriodRequest request) =>
        IsDateOrMissing(request.From)
        && IsDateOrMissing(request.To)
        && ReportParameters.FindZone(request.Tz) is not null;

    private static ReportPeriod PeriodOf<T>(Validator<T> validator, T request)
        where T : ReportPeriodRequest =>
        request.ToPeriod(validator.Resolve<TimeProvider>().GetUtcNow());
}
