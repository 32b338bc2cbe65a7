using FastEndpoints;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Landing.Thanks;

/// <summary>The page a customer lands on after the rating form was recorded.</summary>
public sealed class ShowThanksPageEndpoint(LandingVisits visits) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Verbs(Http.GET, Http.HEAD);
        Routes(LandingRoutes.Thanks);
        AllowAnonymous();
        Description(builder => builder
            .WithTags("Landing")
            .WithSummary("The thank-you page shown after the rating form was sent")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json", "text/html")
            .Produces<string>(StatusCodes.Status410Gone, "text/html"));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var visit = await visits.OpenOrRefuseAsync(HttpContext, Route<string>("token"), ct);
        if (visit is null)
        {
            return;
        }

        await LandingReplies.SendPageAsync(HttpContext, LandingPages.Thanks(visit.Texts), StatusCodes.Status200OK, ct);
    }
}
