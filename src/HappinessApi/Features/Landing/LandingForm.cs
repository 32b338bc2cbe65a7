using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Landing;

/// <summary>What the rating form shows: the chosen face, the typed comment and any errors next to them.</summary>
public sealed record LandingForm(
    string Token,
    RatingValue? Rating,
    string? Comment = null,
    string? RatingError = null,
    string? CommentError = null);
