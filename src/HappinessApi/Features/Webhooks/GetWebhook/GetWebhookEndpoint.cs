using FastEndpoints;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Webhooks.GetWebhook;

public sealed class GetWebhookEndpoint(WebhookSubscriptionStore subscriptions) : EndpointWithoutRequest<WebhookResponse>
{
    public const string Route = "/api/v1/webhooks/{id}";

    public override void Configure()
    {
        Get(Route);
        Policies(ApiScopes.WebhooksManage);
        Description(builder => builder
            .WithTags("Webhooks")
            .WithSummary("One webhook subscription, without its secret")
            .Produces<WebhookResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var subscription = await subscriptions.FindAsync(Route<string>("id")!, ct);
        if (subscription is null)
        {
            await WebhookNotFound.SendAsync(HttpContext);
            return;
        }

        await Send.OkAsync(WebhookResponse.From(subscription), ct);
    }
}
