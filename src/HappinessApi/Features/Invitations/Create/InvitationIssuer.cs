using System.Security.Cryptography;
using HappinessApi.Configuration;
using HappinessApi.Features.Tokens;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Invitations.Create;

/// <summary>
/// Creates an invitation with a signed token, or returns the one already made for the same ticket
/// and reply; a stored token that has expired is replaced, so a retrying helpdesk gets working links.
/// </summary>
public sealed partial class InvitationIssuer(
    InvitationStore invitations,
    RatingTokenCodec tokens,
    TimeProvider time,
    IOptions<TokenOptions> tokenOptions,
    ILogger<InvitationIssuer> logger)
{
    public async Task<(InvitationRow Invitation, bool Created)> IssueAsync(
        CreateInvitationRequest request, CancellationToken ct)
    {
        // Tokens carry whole seconds; the stored expiry must say the same.
        var now = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        var lifetime = request.ExpiresInDays is { } days ? TimeSpan.FromDays(days) : tokenOptions.Value.DefaultLifetime;

        var (invitation, created) = await invitations.CreateOrGetAsync(NewInvitation(request, now, lifetime), ct);
        if (created)
        {
            LogCreated(logger, invitation.Id, invitation.AgentId);
            return (invitation, true);
        }

        // An expired token, or one whose key was retired, would give the helpdesk dead links.
        return tokens.Verify(invitation.Token).Failure == TokenFailure.None
            ? (invitation, false)
            : (await RenewAsync(invitation, now, lifetime, ct), false);
    }

    private async Task<InvitationRow> RenewAsync(
        InvitationRow stale, DateTimeOffset now, TimeSpan lifetime, CancellationToken ct)
    {
        var claims = NewClaims(stale.TicketId, stale.ReplyId, stale.AgentId, now, lifetime);
        var renewed = await invitations.RenewTokenAsync(stale.Id, tokens.Sign(claims), claims.ExpiresAt, ct);
        LogRenewed(logger, stale.Id);

        return renewed;
    }

    private InvitationRow NewInvitation(CreateInvitationRequest request, DateTimeOffset now, TimeSpan lifetime)
    {
        var claims = NewClaims(request.TicketId, request.ReplyId ?? "", request.Agent.Id, now, lifetime);

        return new InvitationRow(
            Guid.CreateVersion7().ToString(),
            claims.TicketId,
            claims.ReplyId,
            claims.AgentId,
            request.Agent.Name,
            request.Team,
            request.Customer?.Id,
            request.Customer?.Name,
            request.Customer?.Email,
            request.Locale,
            tokens.Sign(claims),
            now.ToUnixTimeMilliseconds(),
            claims.ExpiresAt.ToUnixTimeMilliseconds());
    }

    private static RatingTokenClaims NewClaims(
        string ticketId, string replyId, string agentId, DateTimeOffset now, TimeSpan lifetime) => new(
        RandomNumberGenerator.GetBytes(TokenPayload.TokenIdBytes), ticketId, replyId, agentId, now, now + lifetime);

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information,
        Message = "Invitation {InvitationId} created for agent {AgentId}")]
    private static partial void LogCreated(ILogger logger, string invitationId, string agentId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Invitation {InvitationId} asked for again after its token expired or lost its key; token renewed")]
    private static partial void LogRenewed(ILogger logger, string invitationId);
}
