namespace HappinessApi.Features.Ratings;

/// <summary>A rating as a key with ratings:read sees it; no customer data, which the ticket leads to.</summary>
/// <param name="Id">The invitation's id, which names its rating.</param>
/// <param name="TicketId">The helpdesk's ticket.</param>
/// <param name="ReplyId">The reply of the ticket that was rated.</param>
/// <param name="Agent">Who was rated.</param>
/// <param name="Team">The invitation's team, if any.</param>
/// <param name="Rating">The current value.</param>
/// <param name="Reasons">The codes of the reasons given, for ok and not good.</param>
/// <param name="Comment">The customer's comment, if any, even when hidden from the public report.</param>
/// <param name="CommentHidden">Whether a moderator hid the comment from the public report.</param>
/// <param name="Suspect">Whether the rating looks automated and awaits a verdict; it counts in no report.</param>
/// <param name="Verdict">The last verdict of a moderator: genuine, or void (never counts); null if none.</param>
/// <param name="RatedAt">When the current value was given.</param>
/// <param name="FirstRatedAt">When the invitation was first rated.</param>
public sealed record RatingResponse(
    string Id,
    string TicketId,
    string ReplyId,
    RatingAgent Agent,
    string? Team,
    RatingValue Rating,
    IReadOnlyList<string> Reasons,
    string? Comment,
    bool CommentHidden,
    bool Suspect,
    RatingVerdict? Verdict,
    DateTimeOffset RatedAt,
    DateTimeOffset FirstRatedAt);

/// <summary>The rated agent.</summary>
/// <param name="Id">The helpdesk's agent id.</param>
/// <param name="Name">The agent's display name.</param>
public sealed record RatingAgent(string Id, string Name);
