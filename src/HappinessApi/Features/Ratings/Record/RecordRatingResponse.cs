namespace HappinessApi.Features.Ratings.Record;

/// <summary>The current rating after the submission.</summary>
/// <param name="Rating">The current value.</param>
/// <param name="Comment">The current comment, if any.</param>
/// <param name="RatedAt">When the current value was first given.</param>
/// <param name="Changed">Whether this submission changed anything.</param>
public sealed record RecordRatingResponse(RatingValue Rating, string? Comment, DateTimeOffset RatedAt, bool Changed);
