using FastEndpoints;
using HappinessApi.Features.Tokens;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Landing.Thanks;

/// <summary>The page a customer lands on after the rating form was recorded.</summary>
public sealed class ShowThanksPageEndpoint(RatingTokenCodec tokens) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Verbs(Http.GET, Http.HEAD);
        Routes(LandingRoutes.Thanks);
        AllowAnonymous();
        Description(builder => builder
            .WithTags("Landing")
            .WithSummary("The thank-you page shown after the rating form was sent")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json", "text/html")
            .Produces(StatusCodes.Status410Gone, contentType: "text/html"));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var verification = tokens.Verify(Route<string>("token"));
        if (verification.Claims is null)
        {
            await LandingReplies.SendTokenFailureAsync(HttpContext, verification.Failure, ct);
            return;
        }

        await LandingReplies.SendPageAsync(HttpContext, LandingPages.Thanks(), StatusCodes.Status200OK, ct);
    }
}
