using FastEndpoints;
using HappinessApi.Configuration;
using HappinessApi.Features.Invitations;
using HappinessApi.Features.Ratings;
using HappinessApi.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Landing.Submit;

/// <summary>Records the rating form under the same rules as the rating API, then shows the thank-you page.</summary>
public sealed class SubmitLandingPageEndpoint(
    LandingVisits visits,
    FormStamp stamps,
    InvitationResolver invitations,
    RatingStore ratings,
    TimeProvider time,
    IOptions<ScannerOptions> scanner,
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
            .Produces<string>(StatusCodes.Status410Gone, "text/html")
            .Accepts<SubmitLandingPageRequest>("application/x-www-form-urlencoded"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(SubmitLandingPageRequest request, CancellationToken ct)
    {
        var visit = await visits.OpenOrRefuseAsync(HttpContext, Route<string>("token"), ct);
        if (visit is null)
        {
            return;
        }

        if (ValidationFailed)
        {
            var page = LandingPages.Form(Refused(visit, request));
            await LandingReplies.SendPageAsync(HttpContext, page, StatusCodes.Status400BadRequest, ct);
            return;
        }

        var invitation = await invitations.ResolveAsync(visit.Claims, visit.Token, ct);
        var decision = await ratings.RecordAsync(ToSubmission(invitation, visit.Token, request), ct);
        RatingLog.Recorded(logger, invitation.Id, decision.Proposed.Rating, decision.Kind, decision.Suspect);

        var thanks = visit.ThanksPath;
        await Send.HeadersAsync(headers => headers.Location = thanks, StatusCodes.Status303SeeOther, ct);
    }

    // An empty comment box means "nothing to add": a comment given before is kept, as when the API omits it.
    private RatingSubmission ToSubmission(InvitationRow invitation, string token, SubmitLandingPageRequest request)
    {
        var age = stamps.Age(token, request.Stamp);

        return new RatingSubmission(
            invitation.Id,
            RatingValues.FromWire(request.Rating)!.Value,
            string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment,
            request.Reasons ?? [],
            time.GetUtcNow().ToUnixTimeMilliseconds(),
            RatingSubmission.FormSource,
            LooksAutomated: age is null || age < scanner.Value.MinimumFormDwell);
    }

    private LandingForm Refused(LandingVisit visit, SubmitLandingPageRequest request) =>
        visits.NewForm(visit, RatingValues.FromWire(request.Rating)) with
        {
            Stamp = request.Stamp ?? "",
            ChosenReasons = request.Reasons ?? [],
            Comment = request.Comment,
            RatingError = ErrorFor(nameof(request.Rating), visit.Texts),
            CommentError = ErrorFor(nameof(request.Comment), visit.Texts),
            ReasonsError = ErrorFor(nameof(request.Reasons), visit.Texts),
        };

    private string? ErrorFor(string property, LandingTexts texts) => ValidationFailures
        .Where(failure => failure.PropertyName.Equals(property, StringComparison.OrdinalIgnoreCase))
        .Select(failure => failure.ErrorCode switch
        {
            SubmitLandingPageValidator.ChooseFace => texts.ChooseFace,
            SubmitLandingPageValidator.CommentTooLong => texts.CommentTooLong,
            SubmitLandingPageValidator.UnknownReason => texts.UnknownReason,
            _ => texts.CommentControl,
        })
        .FirstOrDefault();
}
