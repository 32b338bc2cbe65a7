using FastEndpoints;
using FluentValidation;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.Record;

namespace HappinessApi.Features.Landing.Submit;

/// <summary>The rules of the rating API, worded for the customer who reads them next to the field.</summary>
public sealed class SubmitLandingPageValidator : Validator<SubmitLandingPageRequest>
{
    public SubmitLandingPageValidator()
    {
        RuleFor(request => request.Rating)
            .Must(rating => RatingValues.FromWire(rating) is not null)
            .WithMessage("Please choose one of the three faces.");

        RuleFor(request => request.Comment)
            .Cascade(CascadeMode.Stop)
            .Must(comment => comment is null
                || TextRules.CountTextElements(comment) <= RecordRatingValidator.MaxCommentLength)
            .WithMessage($"Please shorten your comment to {RecordRatingValidator.MaxCommentLength} characters.")
            .Must(TextRules.HasNoControlCharactersButLineBreaks)
            .WithMessage("Your comment contains control characters that cannot be stored; please remove them.");
    }
}
