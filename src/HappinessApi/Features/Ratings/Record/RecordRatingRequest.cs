using System.ComponentModel.DataAnnotations;
using FastEndpoints;
using FluentValidation;

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
    }
}
