namespace HappinessApi.Features.Ratings.List;

/// <summary>One page of ratings, newest first.</summary>
/// <param name="Items">The ratings of this page.</param>
/// <param name="Next">
/// The path and query of the next page, the same criteria with a cursor; null on the last page.
/// </param>
public sealed record ListRatingsResponse(IReadOnlyList<RatingResponse> Items, string? Next);
