using FastEndpoints;
using HappinessApi.Features.Webhooks.Create;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Webhooks.List;

public sealed class ListWebhooksEndpoint(WebhookSubscriptionStore subscriptions)
    : EndpointWithoutRequest<ListWebhooksResponse>
{
    public override void Configure()
    {
        Get(CreateWebhookEndpoint.Route);
        Policies(ApiScopes.WebhooksManage);
        Description(builder => builder
            .WithTags("Webhooks")
            .WithSummary("List the webhook subscriptions, without their secrets")
            .Produces<ListWebhooksResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var all = await subscriptions.ListAsync(ct);

        await Send.OkAsync(new ListWebhooksResponse([.. all.Select(WebhookResponse.From)]), ct);
    }
}
