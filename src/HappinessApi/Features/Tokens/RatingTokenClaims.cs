namespace HappinessApi.Features.Tokens;

/// <summary>What a rating token says: which reply may be rated, by whose work, and until when.</summary>
public sealed record RatingTokenClaims(
    byte[] TokenId,
    string TicketId,
    string ReplyId,
    string AgentId,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>
    /// The UTF-8 bytes that ticket, reply and agent may take together, so a token stays under 200 characters.
    /// </summary>
    public const int MaxReferenceBytes = 64;
}
