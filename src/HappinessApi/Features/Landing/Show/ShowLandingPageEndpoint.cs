using FastEndpoints;
using HappinessApi.Features.Ratings;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Landing.Show;

/// <summary>The rating form a customer reaches from the invitation e-mail, with the clicked face chosen.</summary>
public sealed class ShowLandingPageEndpoint(LandingVisits visits) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Verbs(Http.GET, Http.HEAD);
        Routes(LandingRoutes.Page);
        AllowAnonymous();
        Description(builder => builder
            .WithTags("Landing")
            .WithSummary("The rating form behind an invitation link; it records nothing")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json", "text/html")
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, "application/problem+json", "text/html")
            .Produces<string>(StatusCodes.Status410Gone, "text/html"));
    }

    // Link scanners in mail systems open every link, so showing the form must never record a rating.
    public override async Task HandleAsync(CancellationToken ct)
    {
        var visit = await visits.OpenOrRefuseAsync(HttpContext, Route<string>("token"), ct);
        if (visit is null)
        {
            return;
        }

        var rating = RatingValues.FromWire(Route<string>("rating"));
        if (rating is null)
        {
            await LandingReplies.SendNotFoundAsync(HttpContext, visit.Texts, ct);
            return;
        }

        var page = LandingPages.Form(visits.NewForm(visit, rating));
        await LandingReplies.SendPageAsync(HttpContext, page, StatusCodes.Status200OK, ct);
    }
}
