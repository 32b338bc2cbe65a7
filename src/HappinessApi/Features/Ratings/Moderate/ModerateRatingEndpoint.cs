using System.Security.Claims;
using FastEndpoints;
using HappinessApi.Features.Ratings.Listing;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Ratings.Moderate;

/// <summary>Hides or shows a rating's comment on the public report, and judges a suspect rating.</summary>
public sealed class ModerateRatingEndpoint(
    ModerationStore moderations,
    RatingListStore ratings,
    TimeProvider time,
    ILogger<ModerateRatingEndpoint> logger)
    : Endpoint<ModerateRatingRequest, RatingResponse>
{
    public const string Route = "/api/v1/ratings/{id}";

    private const string NotSuspectDetail =
        "Only a suspect rating, or one a moderator judged before, takes a verdict.";

    public override void Configure()
    {
        Patch(Route);
        Policies(ApiScopes.RatingsModerate);
        Description(builder => builder
            .WithTags("Ratings")
            .WithSummary("Moderate a rating: hide or show its comment, judge a suspect rating genuine or void")
            .Accepts<ModerateRatingRequest>("application/json")
            .Produces<RatingResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(ModerateRatingRequest request, CancellationToken ct)
    {
        var id = Route<string>("id")!;
        var moderator = User.FindFirstValue(ClaimTypes.Name)!;
        var moderation = new Moderation(
            id, request.CommentHidden, request.Verdict, moderator, time.GetUtcNow().ToUnixTimeMilliseconds());

        var decision = await moderations.ApplyAsync(moderation, ct);
        if (decision is null)
        {
            await SendProblemAsync(StatusCodes.Status404NotFound, ProblemCodes.NotFound, "No rating has this id.");
            return;
        }

        if (decision.Refused)
        {
            await SendProblemAsync(StatusCodes.Status409Conflict, ProblemCodes.NotSuspect, NotSuspectDetail);
            return;
        }

        LogChanges(id, moderator, decision);
        var rating = await ratings.FindAsync(id, ct);
        await Send.OkAsync(rating!.ToResponse(), ct);
    }

    private void LogChanges(string id, string moderator, ModerationDecision decision)
    {
        if (decision.Actions.Count > 0)
        {
            ModerationLog.Moderated(logger, id, moderator, decision.Actions);
        }
    }

    private Task SendProblemAsync(int status, string code, string detail) =>
        ProblemFactory.WriteAsync(HttpContext, ProblemFactory.Create(HttpContext, status, code, detail));
}
