using FastEndpoints;
using HappinessApi.Features.Webhooks.GetWebhook;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Webhooks.Delete;

public sealed class DeleteWebhookEndpoint(WebhookSubscriptionStore subscriptions, ILogger<DeleteWebhookEndpoint> logger)
    : EndpointWithoutRequest
{
    public override void Configure()
    {
        Delete(GetWebhookEndpoint.Route);
        Policies(ApiScopes.WebhooksManage);
        Description(builder => builder
            .WithTags("Webhooks")
            .WithSummary("Delete a webhook subscription with its deliveries; pending ones are not sent")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var id = Route<string>("id")!;
        if (!await subscriptions.DeleteAsync(id, ct))
        {
            await WebhookNotFound.SendAsync(HttpContext);
            return;
        }

        WebhookLog.Unsubscribed(logger, id);
        await Send.NoContentAsync(ct);
    }
}
