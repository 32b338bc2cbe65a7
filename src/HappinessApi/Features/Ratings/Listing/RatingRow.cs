namespace HappinessApi.Features.Ratings.Listing;

/// <summary>A stored rating with its invitation, as listed and exported; integers as SQLite returns them.</summary>
public sealed record RatingRow
{
    public string Id { get; init; } = "";

    public string TicketId { get; init; } = "";

    public string ReplyId { get; init; } = "";

    public string AgentId { get; init; } = "";

    public string AgentName { get; init; } = "";

    public string? Team { get; init; }

    public string Rating { get; init; } = "";

    /// <summary>Reason codes in order, joined by commas.</summary>
    public string Reasons { get; init; } = "";

    public string? Comment { get; init; }

    public long CommentHidden { get; init; }

    /// <summary>1 when suspect and awaiting a verdict: a void rating is not.</summary>
    public long Suspect { get; init; }

    public string? Verdict { get; init; }

    public long RatedAt { get; init; }

    public long FirstRatedAt { get; init; }

    public IReadOnlyList<string> ReasonCodes => Reasons.Length == 0 ? [] : Reasons.Split(',');

    public RatingResponse ToResponse() => new(
        Id,
        TicketId,
        ReplyId,
        new RatingAgent(AgentId, AgentName),
        Team,
        RatingValues.FromWire(Rating)!.Value,
        ReasonCodes,
        Comment,
        CommentHidden != 0,
        Suspect != 0,
        RatingVerdicts.FromWire(Verdict),
        DateTimeOffset.FromUnixTimeMilliseconds(RatedAt),
        DateTimeOffset.FromUnixTimeMilliseconds(FirstRatedAt));
}
