using HappinessApi.Features.Tokens;

namespace HappinessApi.Features.Invitations;

/// <summary>
/// Finds the invitation a verified token names. A token that a helpdesk signed offline names an
/// invitation we have never seen: its first use creates it from the token's claims.
/// </summary>
public sealed partial class InvitationResolver(
    InvitationStore invitations,
    TimeProvider time,
    ILogger<InvitationResolver> logger)
{
    public async Task<InvitationRow> ResolveAsync(RatingTokenClaims claims, string token, CancellationToken ct)
    {
        var known = await invitations.FindByReferenceAsync(claims.TicketId, claims.ReplyId, ct);
        if (known is not null)
        {
            return known;
        }

        var (invitation, created) = await invitations.CreateOrGetAsync(FromClaims(claims, token), ct);
        if (created)
        {
            LogCreatedFromToken(logger, invitation.Id, invitation.AgentId);
        }

        return invitation;
    }

    private InvitationRow FromClaims(RatingTokenClaims claims, string token) => new(
        Guid.CreateVersion7().ToString(),
        claims.TicketId,
        claims.ReplyId,
        claims.AgentId,
        AgentName: claims.AgentId,
        Team: null,
        CustomerId: null,
        CustomerName: null,
        CustomerEmail: null,
        Locale: null,
        token,
        time.GetUtcNow().ToUnixTimeMilliseconds(),
        claims.ExpiresAt.ToUnixTimeMilliseconds());

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Invitation {InvitationId} created from an offline-signed token for agent {AgentId}")]
    private static partial void LogCreatedFromToken(ILogger logger, string invitationId, string agentId);
}
