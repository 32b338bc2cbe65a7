using System.Security.Cryptography;
using FastEndpoints;
using HappinessApi.Configuration;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Tokens;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Invitations.Create;

public sealed partial class CreateInvitationEndpoint(
    InvitationStore invitations,
    RatingTokenCodec tokens,
    RatingLinkBuilder links,
    TimeProvider time,
    IOptions<TokenOptions> tokenOptions,
    ILogger<CreateInvitationEndpoint> logger)
    : Endpoint<CreateInvitationRequest, CreateInvitationResponse>
{
    public const string Route = "/api/v1/invitations";

    public override void Configure()
    {
        Post(Route);
        Policies(ApiScopes.InvitationsWrite);
        Description(builder => builder
            .WithTags("Invitations")
            .WithSummary("Create an invitation to rate a support reply, or return the existing one")
            .Produces<CreateInvitationResponse>(StatusCodes.Status201Created)
            .Produces<CreateInvitationResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json"));
    }

    public override async Task HandleAsync(CreateInvitationRequest request, CancellationToken ct)
    {
        var candidate = NewInvitation(request);

        var (invitation, created) = await invitations.CreateOrGetAsync(candidate, ct);
        if (created)
        {
            LogCreated(logger, invitation.Id, invitation.AgentId);
        }

        await Send.ResponseAsync(ToResponse(invitation), created ? 201 : 200, ct);
    }

    private InvitationRow NewInvitation(CreateInvitationRequest request)
    {
        // Tokens carry whole seconds; the stored expiry must say the same.
        var now = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        var claims = new RatingTokenClaims(
            RandomNumberGenerator.GetBytes(TokenPayload.TokenIdBytes),
            request.TicketId,
            request.ReplyId ?? "",
            request.Agent.Id,
            now,
            now + Lifetime(request));

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

    private TimeSpan Lifetime(CreateInvitationRequest request) => request.ExpiresInDays is { } days
        ? TimeSpan.FromDays(days)
        : tokenOptions.Value.DefaultLifetime;

    private CreateInvitationResponse ToResponse(InvitationRow invitation) => new(
        invitation.Id,
        invitation.Token,
        DateTimeOffset.FromUnixTimeMilliseconds(invitation.ExpiresAt),
        new InvitationLinks(
            links.Build(HttpContext.Request, invitation.Token, RatingValue.Great),
            links.Build(HttpContext.Request, invitation.Token, RatingValue.Ok),
            links.Build(HttpContext.Request, invitation.Token, RatingValue.NotGood)));

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information,
        Message = "Invitation {InvitationId} created for agent {AgentId}")]
    private static partial void LogCreated(ILogger logger, string invitationId, string agentId);
}
