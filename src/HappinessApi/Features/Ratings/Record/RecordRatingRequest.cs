using System.ComponentModel.DataAnnotations;
using FastEndpoints;
using FluentValidation;
using HappinessApi.Features.Reasons;

namespace HappinessApi.Features.Ratings.Record;

/// <summary>A customer's rating of one support reply, sent with the token from the e-mail.</summary>
public sealed class RecordRatingRequest
{
    /// <summary>The signed token from the invitation.</summary>
    public string Token { get; init; } = "";

    /// <summary>How the customer felt.</summary>
    [Required]
    public RatingValue? Rating { get; init; }

    /// <summary>
    /// An optional comment, plain text of at most 2,000 characters; leave it out to keep the one given before.
    /// </summary>
    public string? Comment { get; init; }

    /// <summary>
    /// Codes from /api/v1/reasons saying why, for ok and not good; leave it out to keep those given before.
    /// </summary>
    public List<string>? Reasons { get; init; }
}

public sealed class RecordRatingValidator : Validator<RecordRatingRequest>
{
    public const int MaxCommentLength = 2000;

    public RecordRatingValidator()
    {
        RuleFor(request => request.Token)
            .NotEmpty();

        RuleFor(request => request.Rating)
            .NotNull()
            .IsInEnum();

        RuleFor(request => request.Comment)
            .Must(comment => comment is null || TextRules.CountTextElements(comment) <= MaxCommentLength)
            .WithMessage($"'Comment' must be at most {MaxCommentLength} characters.")
            .WithErrorCode("too_long")
            .Must(TextRules.HasNoControlCharactersButLineBreaks)
            .WithMessage("'Comment' must not contain control characters other than line breaks and tabs.")
            .WithErrorCode("control_characters");

        var catalog = Resolve<ReasonCatalog>();
        RuleFor(request => request.Reasons)
            .Must(reasons => reasons is null || reasons.Count <= catalog.All.Count)
            .WithMessage("'reasons' lists more reasons than there are.")
            .WithErrorCode("too_many");

        RuleForEach(request => request.Reasons)
            .Must(catalog.IsKnown)
            .WithMessage("'{PropertyValue}' is not a known reason; see /api/v1/reasons.")
            .WithErrorCode("unknown_reason");

        RuleFor(request => request.Reasons)
            .Empty()
            .When(request => request.Rating == RatingValue.Great)
            .WithMessage("Reasons are given only for ok and not_good ratings.")
            .WithErrorCode("reasons_not_allowed");
    }
}
