using FastEndpoints;
using HappinessApi.Features.Invitations;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Tokens;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Landing.Submit;

/// <summary>Records the rating form under the same rules as the rating API, then shows the thank-you page.</summary>
public sealed partial class SubmitLandingPageEndpoint(
    RatingTokenCodec tokens,
    InvitationResolver invitations,
    RatingStore ratings,
    TimeProvider time,
    ILogger<SubmitLandingPageEndpoint> logger)
    : Endpoint<SubmitLandingPageRequest>
{
    public override void Configure()
    {
        Post(LandingRoutes.Submit);
        AllowAnonymous();
        AllowFormData(urlEncoded: true);
        DontThrowIfValidationFails();
        Description(builder => builder
            .WithTags("Landing")
            .WithSummary("Record the rating form, then see the thank-you page")
            .Produces(StatusCodes.Status303SeeOther)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json", "text/html")
            .Produces(StatusCodes.Status410Gone, contentType: "text/html")
            .Accepts<SubmitLandingPageRequest>("application/x-www-form-urlencoded"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(SubmitLandingPageRequest request, CancellationToken ct)
    {
        var token = Route<string>("token") ?? "";
        var verification = tokens.Verify(token);
        if (verification.Claims is not { } claims)
        {
            await LandingReplies.SendTokenFailureAsync(HttpContext, verification.Failure, ct);
            return;
        }

        if (ValidationFailed)
        {
            var page = LandingPages.Form(Refused(token, request));
            await LandingReplies.SendPageAsync(HttpContext, page, StatusCodes.Status400BadRequest, ct);
            return;
        }

        var invitation = await invitations.ResolveAsync(claims, token, ct);
        var outcome = await ratings.RecordAsync(ToSubmission(invitation, request), ct);
        LogRecorded(logger, invitation.Id, outcome.Rating.Rating, outcome.Changed);

        var thanks = LandingRoutes.ThanksFor(token);
        await Send.HeadersAsync(headers => headers.Location = thanks, StatusCodes.Status303SeeOther, ct);
    }

    // An empty comment box means "nothing to add", so a comment given before is kept, as when the API omits it.
    private RatingSubmission ToSubmission(InvitationRow invitation, SubmitLandingPageRequest request) => new(
        invitation.Id,
        RatingValues.FromWire(request.Rating)!.Value,
        string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment,
        time.GetUtcNow().ToUnixTimeMilliseconds());

    private LandingForm Refused(string token, SubmitLandingPageRequest request) => new(
        token,
        RatingValues.FromWire(request.Rating),
        request.Comment,
        ErrorFor(nameof(request.Rating)),
        ErrorFor(nameof(request.Comment)));

    private string? ErrorFor(string property) =>
        ValidationFailures
            .FirstOrDefault(failure => failure.PropertyName.Equals(property, StringComparison.OrdinalIgnoreCase))
            ?.ErrorMessage;

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information,
        Message = "Rating of invitation {InvitationId} is {Rating} from the landing page; changed: {Changed}")]
    private static partial void LogRecorded(ILogger logger, string invitationId, string rating, bool changed);
}
