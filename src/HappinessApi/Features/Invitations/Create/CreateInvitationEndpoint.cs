using FastEndpoints;
using HappinessApi.Features.Ratings;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Invitations.Create;

public sealed class CreateInvitationEndpoint(InvitationIssuer issuer, RatingLinkBuilder links)
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
        var (invitation, created) = await issuer.IssueAsync(request, ct);

        await Send.ResponseAsync(ToResponse(invitation), created ? 201 : 200, ct);
    }

    private CreateInvitationResponse ToResponse(InvitationRow invitation)
    {
        var faceLinks = LinksFor(invitation.Token);

        return new CreateInvitationResponse(
            invitation.Id,
            invitation.Token,
            DateTimeOffset.FromUnixTimeMilliseconds(invitation.ExpiresAt),
            faceLinks,
            EmailSnippetBuilder.Build(faceLinks, invitation.Locale));
    }

    private InvitationLinks LinksFor(string token) => new(
        links.Build(HttpContext.Request, token, RatingValue.Great),
        links.Build(HttpContext.Request, token, RatingValue.Ok),
        links.Build(HttpContext.Request, token, RatingValue.NotGood));
}
