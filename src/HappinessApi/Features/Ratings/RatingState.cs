namespace HappinessApi.Features.Ratings;

/// <summary>
/// The current rating of one invitation. Reasons are kept as sorted codes joined by commas, so two
/// states with the same reasons are equal. A suspect rating counts in no report until confirmed. A moderator's
/// verdict, if any, is "genuine" or "void"; a void rating stays suspect whatever its customer sends later.
/// </summary>
public sealed record RatingState(
    string InvitationId,
    string Rating,
    string? Comment,
    string Reasons,
    long FirstRatedAt,
    long RatedAt,
    bool Suspect,
    string? Verdict = null)
{
    public bool IsVoid => Verdict == RatingVerdicts.Void;

    public IReadOnlyList<string> ReasonCodes => Reasons.Length == 0 ? [] : Reasons.Split(',');

    public static string JoinReasons(IEnumerable<string> codes) =>
        string.Join(',', codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
