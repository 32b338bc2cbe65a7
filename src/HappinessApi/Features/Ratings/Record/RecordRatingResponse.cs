namespace HappinessApi.Features.Ratings.Record;

/// <summary>The rating after the submission.</summary>
/// <param name="Rating">The current value.</param>
/// <param name="Comment">The current comment, if any.</param>
/// <param name="Reasons">The codes of the reasons given, for ok and not good.</param>
/// <param name="RatedAt">When the current value was given.</param>
/// <param name="Changed">Whether this submission changed anything.</param>
public sealed record RecordRatingResponse(
    RatingValue Rating, string? Comment, IReadOnlyList<string> Reasons, DateTimeOffset RatedAt, bool Changed)
{
    // A held submission is answered as if it had been applied, so a scanner learns nothing.
    public static RecordRatingResponse From(RatingDecision decision) => new(
        RatingValues.FromWire(decision.Proposed.Rating)!.Value,
        decision.Proposed.Comment,
        decision.Proposed.ReasonCodes,
        DateTimeOffset.FromUnixTimeMilliseconds(decision.Proposed.RatedAt),
        decision.Changed);
}
