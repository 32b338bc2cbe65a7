using FastEndpoints;

namespace HappinessApi.Features.Reasons.List;

public sealed class ListReasonsEndpoint(ReasonCatalog reasons) : EndpointWithoutRequest<ListReasonsResponse>
{
    public const string Route = "/api/v1/reasons";

    public override void Configure()
    {
        Get(Route);
        AllowAnonymous();
        Description(builder => builder
            .WithTags("Reasons")
            .WithSummary("The reasons a customer may give for an ok or not good rating")
            .Produces<ListReasonsResponse>(StatusCodes.Status200OK));
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var response = new ListReasonsResponse(
            [.. reasons.All.Select(reason => new ReasonResponse(reason.Code, reason.Family, reason.Labels))]);

        return Send.OkAsync(response, ct);
    }
}
