using FastEndpoints;
using FluentValidation.Results;
using HappinessApi.Features.Invitations;
using HappinessApi.Features.Tokens;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Ratings.Record;

public sealed partial class RecordRatingEndpoint(
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
            invitation.Id, request.Rating!.Value, request.Comment, time.GetUtcNow().ToUnixTimeMilliseconds());
        var outcome = await ratings.RecordAsync(submission, ct);
        LogRecorded(logger, invitation.Id, outcome.Rating.Rating, outcome.Changed);

        await Send.ResponseAsync(ToResponse(outcome), outcome.Created ? 201 : 200, ct);
    }

    private static RecordRatingResponse ToResponse(RecordOutcome outcome) => new(
        RatingValues.FromWire(outcome.Rating.Rating)!.Value,
        outcome.Rating.Comment,
        DateTimeOffset.FromUnixTimeMilliseconds(outcome.Rating.RatedAt),
        outcome.Changed);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowTokenError(TokenFailure failure)
    {
        var (code, message) = failure == TokenFailure.Expired
            ? (ProblemCodes.TokenExpired, "The token has expired.")
            : (ProblemCodes.TokenInvalid, "The token is not valid.");

        ThrowError(new ValidationFailure(nameof(RecordRatingRequest.Token), message) { ErrorCode = code });
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Rating of invitation {InvitationId} is {Rating}; changed: {Changed}")]
    private static partial void LogRecorded(ILogger logger, string invitationId, string rating, bool changed);
}
