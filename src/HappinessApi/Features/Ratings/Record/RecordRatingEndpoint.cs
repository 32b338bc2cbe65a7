using FastEndpoints;
using FluentValidation.Results;
using HappinessApi.Features.Invitations;
using HappinessApi.Features.Tokens;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Ratings.Record;

public sealed class RecordRatingEndpoint(
    RatingTokenCodec tokens,
    InvitationResolver invitations,
    RatingStore ratings,
    TimeProvider time,
    ILogger<RecordRatingEndpoint> logger)
    : Endpoint<RecordRatingRequest, RecordRatingResponse>
{
    public const string Route = "/api/v1/ratings";

    public override void Configure()
    {
        Post(Route);
        AllowAnonymous();
        Description(builder => builder
            .WithTags("Ratings")
            .WithSummary("Record or change the rating of an invitation; the token is the credential")
            .Produces<RecordRatingResponse>(StatusCodes.Status201Created)
            .Produces<RecordRatingResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json"));
    }

    public override async Task HandleAsync(RecordRatingRequest request, CancellationToken ct)
    {
        var verification = tokens.Verify(request.Token);
        var claims = verification.Claims;
        if (claims is null)
        {
            ThrowTokenError(verification.Failure);
        }

        var invitation = await invitations.ResolveAsync(claims, request.Token, ct);

        var submission = new RatingSubmission(
            invitation.Id,
            request.Rating!.Value,
            request.Comment,
            request.Reasons,
            time.GetUtcNow().ToUnixTimeMilliseconds());
        var decision = await ratings.RecordAsync(submission, ct);
        RatingLog.Recorded(logger, invitation.Id, decision.Proposed.Rating, decision.Kind, decision.Suspect);

        await Send.ResponseAsync(RecordRatingResponse.From(decision), decision.First ? 201 : 200, ct);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowTokenError(TokenFailure failure)
    {
        var (code, message) = failure == TokenFailure.Expired
            ? (ProblemCodes.TokenExpired, "The token has expired.")
            : (ProblemCodes.TokenInvalid, "The token is not valid.");

        ThrowError(new ValidationFailure(nameof(RecordRatingRequest.Token), message) { ErrorCode = code });
    }

}
