namespace HappinessApi.Features.Invitations;

public sealed record InvitationRow(
    string Id,
    string TicketId,
    string ReplyId,
    string AgentId,
    string AgentName,
    string? Team,
    string? CustomerId,
    string? CustomerName,
    string? CustomerEmail,
    string? Locale,
    string Token,
    long CreatedAt,
    long ExpiresAt);
