using FastEndpoints;

namespace HappinessApi.Features.Health;

public sealed class GetHealthEndpoint : EndpointWithoutRequest<HealthStatusResponse>
{
    public const string Route = "/healthz";

    public override void Configure()
    {
        Get(Route);
        AllowAnonymous();
        Description(builder => builder
            .WithTags("Health")
            .WithSummary("Liveness: the process answers")
            .Produces<HealthStatusResponse>(StatusCodes.Status200OK));
    }

    public override Task HandleAsync(CancellationToken ct) => Send.OkAsync(new HealthStatusResponse("ok"), ct);
}
