using FastEndpoints;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Webhooks.ListDeliveries;

public sealed class ListWebhookDeliveriesEndpoint(
    WebhookSubscriptionStore subscriptions, WebhookDeliveryStore deliveries)
    : Endpoint<ListWebhookDeliveriesRequest, ListWebhookDeliveriesResponse>
{
    public const string Route = "/api/v1/webhooks/{id}/deliveries";

    public override void Configure()
    {
        Get(Route);
        Policies(ApiScopes.WebhooksManage);
        RequestBinder(new RequestBinder<ListWebhookDeliveriesRequest>(BindingSource.QueryParams));
        Description(builder => builder
            .WithTags("Webhooks")
            .WithSummary("The recent deliveries of a subscription: status, attempts, last answer, next attempt")
            .Produces<ListWebhookDeliveriesResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(ListWebhookDeliveriesRequest request, CancellationToken ct)
    {
        var id = Route<string>("id")!;
        if (await subscriptions.FindAsync(id, ct) is null)
        {
            await WebhookNotFound.SendAsync(HttpContext);
            return;
        }

        var items = await deliveries.ListAsync(id, request.Status, request.Limit, ct);
        await Send.OkAsync(new ListWebhookDeliveriesResponse(items), ct);
    }
}
