using FastEndpoints;
using FluentValidation;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Ratings.Listing;

/// <summary>The rules that the listing and the export share for their criteria.</summary>
public static class RatingFilterRules
{
    private const string TimeMessage =
        $"'{{PropertyName}}' must be a day as {ReportParameters.DateFormat} or an instant with its offset, such as " +
        "2026-05-01T08:00:00Z, between 1900 and 9000.";

    public static void AddFilterRules<T>(this Validator<T> validator)
        where T : RatingFilterRequest
    {
        validator.RuleFor(request => request.From)
            .Must(RatingTimeBounds.IsReadable)
            .WithMessage(TimeMessage)
            .WithErrorCode("invalid_date");

        validator.RuleFor(request => request.To)
            .Must(RatingTimeBounds.IsReadable)
            .WithMessage(TimeMessage)
            .WithErrorCode("invalid_date");

        validator.AddTeamRule(request => request.Team);
        validator.AddAgentRule(request => request.Agent);

        validator.RuleFor(request => request.Tz)
            .Must(tz => ReportParameters.FindZone(tz) is not null)
            .WithMessage("'tz' must be an IANA time zone, such as Europe/Paris.")
            .WithErrorCode("unknown_time_zone");

        validator.RuleFor(request => request.From)
            .Must((request, _) => request.ToFilter() is var filter && filter.Start < filter.End)
            .WithMessage("'from' must be before 'to'.")
            .WithErrorCode("from_after_to")
            .When(IsReadable);

        validator.RuleFor(request => request.Rating)
            .Must((request, _) => request.RatingValuesAsked().All(rating => RatingValues.FromWire(rating) is not null))
            .WithMessage("'rating' takes great, ok or not_good, several separated by commas.")
            .WithErrorCode("unknown_rating");

        var catalog = validator.Resolve<ReasonCatalog>();
        validator.RuleFor(request => request.Reason)
            .Must(reason => reason is null || catalog.IsKnown(reason))
            .WithMessage("'{PropertyValue}' is not a known reason; see /api/v1/reasons.")
            .WithErrorCode("unknown_reason");
    }

    private static bool IsReadable(RatingFilterRequest request) =>
        RatingTimeBounds.IsReadable(request.From)
        && RatingTimeBounds.IsReadable(request.To)
        && ReportParameters.FindZone(request.Tz) is not null;
}
