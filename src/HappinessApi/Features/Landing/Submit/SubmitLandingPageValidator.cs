using FastEndpoints;
using FluentValidation;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Reasons;

namespace HappinessApi.Features.Landing.Submit;

/// <summary>
/// The rules of the rating API; the page words each failure, by its code, in the customer's language.
/// </summary>
public sealed class SubmitLandingPageValidator : Validator<SubmitLandingPageRequest>
{
    public const string ChooseFace = "choose_face";
    public const string CommentTooLong = "too_long";
    public const string CommentControl = "control_characters";
    public const string UnknownReason = "unknown_reason";

    public SubmitLandingPageValidator()
    {
        RuleFor(request => request.Rating)
            .Must(rating => RatingValues.FromWire(rating) is not null)
            .WithErrorCode(ChooseFace);

        RuleFor(request => request.Comment)
            .Cascade(CascadeMode.Stop)
            .Must(comment => comment is null
                || TextRules.CountTextElements(comment) <= RatingFieldRules.MaxCommentLength)
            .WithErrorCode(CommentTooLong)
            .Must(TextRules.HasNoControlCharactersButLineBreaks)
            .WithErrorCode(CommentControl);

        var catalog = Resolve<ReasonCatalog>();
        RuleFor(request => request.Reasons)
            .Must(reasons => reasons is null || reasons.All(catalog.IsKnown))
            .WithErrorCode(UnknownReason);
    }
}
