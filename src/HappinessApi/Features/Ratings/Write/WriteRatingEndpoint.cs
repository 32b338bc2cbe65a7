using System.Security.Claims;
using FastEndpoints;
using HappinessApi.Features.Invitations;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Ratings.Write;

/// <summary>
/// Records or changes the rating of an invitation as a helpdesk captured it, under the rules of a customer's
/// rating, but never taken for a scanner's: the key vouches for it.
/// </summary>
public sealed class WriteRatingEndpoint(
    InvitationStore invitations,
    RatingStore ratings,
    TimeProvider time,
    ILogger<WriteRatingEndpoint> logger)
    : Endpoint<WriteRatingRequest, RecordRatingResponse>
{
    public const string Route = "/api/v1/invitations/{id}/rating";

    public override void Configure()
    {
        Put(Route);
        Policies(ApiScopes.RatingsWrite);
        Description(builder => builder
            .WithTags("Ratings")
            .WithSummary("Record or change the rating of an invitation, as captured by the helpdesk itself")
            .Accepts<WriteRatingRequest>("application/json")
            .Produces<RecordRatingResponse>(StatusCodes.Status201Created)
            .Produces<RecordRatingResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(WriteRatingRequest request, CancellationToken ct)
    {
        var id = Route<string>("id")!;
        if (!await invitations.ExistsAsync(id, ct))
        {
            var problem = ProblemFactory.Create(
                HttpContext, StatusCodes.Status404NotFound, ProblemCodes.NotFound, "No invitation has this id.");
            await ProblemFactory.WriteAsync(HttpContext, problem);
            return;
        }

        var decision = await ratings.RecordAsync(ToSubmission(id, request), ct);
        var keyName = User.FindFirstValue(ClaimTypes.Name)!;
        RatingLog.Posted(logger, id, keyName, decision.Proposed.Rating, decision.Kind);

        await Send.ResponseAsync(RecordRatingResponse.From(decision), decision.First ? 201 : 200, ct);
    }

    private RatingSubmission ToSubmission(string invitationId, WriteRatingRequest request) => new(
        invitationId,
        request.Rating!.Value,
        request.Comment,
        request.Reasons,
        time.GetUtcNow().ToUnixTimeMilliseconds(),
        RatingSubmission.HelpdeskSource,
        Trusted: true);
}
