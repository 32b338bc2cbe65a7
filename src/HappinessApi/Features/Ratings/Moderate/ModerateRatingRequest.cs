using FastEndpoints;
using FluentValidation;

namespace HappinessApi.Features.Ratings.Moderate;

/// <summary>What a moderator changes about one rating; what is left out stays as it is.</summary>
public sealed class ModerateRatingRequest
{
    /// <summary>true hides the comment from the public report, false shows it again.</summary>
    public bool? CommentHidden { get; init; }

    /// <summary>
    /// For a suspect rating: genuine counts it from now on; void keeps it out of every report, even if its customer
    /// rates again.
    /// </summary>
    public RatingVerdict? Verdict { get; init; }
}

public sealed class ModerateRatingValidator : Validator<ModerateRatingRequest>
{
    public ModerateRatingValidator()
    {
        RuleFor(request => request)
            .Must(request => request.CommentHidden is not null || request.Verdict is not null)
            .WithMessage("Send 'commentHidden', 'verdict' or both.")
            .WithErrorCode("nothing_to_change")
            .OverridePropertyName("body");
    }
}
