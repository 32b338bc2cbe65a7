using FastEndpoints;
using FluentValidation;
using HappinessApi.Features.Ratings.Listing;

namespace HappinessApi.Features.Ratings.List;

/// <summary>Which ratings to list, and which page.</summary>
public sealed class ListRatingsRequest : RatingFilterRequest
{
    /// <summary>The cursor of a <c>next</c> link, for the page after the one it came with; none to start.</summary>
    [QueryParam]
    public string? Cursor { get; init; }

    /// <summary>How many ratings a page holds, 1 to 500.</summary>
    [QueryParam]
    public int Limit { get; init; } = 100;
}

public sealed class ListRatingsValidator : Validator<ListRatingsRequest>
{
    public const int MaxLimit = 500;

    public ListRatingsValidator()
    {
        this.AddFilterRules();

        RuleFor(request => request.Limit)
            .InclusiveBetween(1, MaxLimit);
    }
}
