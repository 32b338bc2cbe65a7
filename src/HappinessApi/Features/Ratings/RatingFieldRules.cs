using FastEndpoints;
using FluentValidation;
using HappinessApi.Features.Reasons;

namespace HappinessApi.Features.Ratings;

/// <summary>The rules, and their codes, that every JSON body rating an invitation shares.</summary>
public static class RatingFieldRules
{
    public const int MaxCommentLength = 2000;

    public static void AddRatingFieldRules<T>(this Validator<T> validator)
        where T : RatingFieldsRequest
    {
        validator.RuleFor(request => request.Rating)
            .NotNull()
            .IsInEnum();

        validator.RuleFor(request => request.Comment)
            .Must(comment => comment is null || TextRules.CountTextElements(comment) <= MaxCommentLength)
            .WithMessage($"'Comment' must be at most {MaxCommentLength} characters.")
            .WithErrorCode("too_long")
            .Must(TextRules.HasNoControlCharactersButLineBreaks)
            .WithMessage("'Comment' must not contain control characters other than line breaks and tabs.")
            .WithErrorCode("control_characters");

        var catalog = validator.Resolve<ReasonCatalog>();
        validator.RuleFor(request => request.Reasons)
            .Must(reasons => reasons is null || reasons.Count <= catalog.All.Count)
            .WithMessage("'reasons' lists more reasons than there are.")
            .WithErrorCode("too_many");

        validator.RuleForEach(request => request.Reasons)
            .Must(catalog.IsKnown)
            .WithMessage("'{PropertyValue}' is not a known reason; see /api/v1/reasons.")
            .WithErrorCode("unknown_reason");

        validator.RuleFor(request => request.Reasons)
            .Empty()
            .When(request => request.Rating == RatingValue.Great)
            .WithMessage("Reasons are given only for ok and not_good ratings.")
            .WithErrorCode("reasons_not_allowed");
    }
}
