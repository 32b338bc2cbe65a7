using FastEndpoints;
using FluentValidation.Results;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Webhooks.Create;

public sealed class CreateWebhookEndpoint(
    WebhookSubscriptionStore subscriptions,
    OwnAddresses ownAddresses,
    TimeProvider time,
    ILogger<CreateWebhookEndpoint> logger)
    : Endpoint<CreateWebhookRequest, CreateWebhookResponse>
{
    public const string Route = "/api/v1/webhooks";

    public const string OwnAddressCode = "own_address";

    public override void Configure()
    {
        Post(Route);
        Policies(ApiScopes.WebhooksManage);
        Description(builder => builder
            .WithTags("Webhooks")
            .WithSummary("Subscribe a URL to rating events; the answer shows the signing secret once")
            .Produces<CreateWebhookResponse>(StatusCodes.Status201Created)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(CreateWebhookRequest request, CancellationToken ct)
    {
        if (ownAddresses.Include(new Uri(request.Url), HttpContext.Request.Host))
        {
            ThrowError(new ValidationFailure(
                nameof(CreateWebhookRequest.Url), "Webhooks cannot be delivered to this service's own address.")
            {
                ErrorCode = OwnAddressCode,
            });
        }

        var subscription = new WebhookSubscription(
            "wh_" + Guid.CreateVersion7().ToString("N"),
            request.Url,
            request.Secret ?? WebhookSecrets.Generate(),
            [.. request.Events.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            time.GetUtcNow().ToUnixTimeMilliseconds());
        await subscriptions.AddAsync(subscription, ct);
        WebhookLog.Subscribed(logger, subscription.Id, subscription.Events);

        HttpContext.Response.Headers.Location = $"{Route}/{subscription.Id}";
        await Send.ResponseAsync(ToResponse(subscription), StatusCodes.Status201Created, ct);
    }

    private static CreateWebhookResponse ToResponse(WebhookSubscription subscription) => new(
        subscription.Id,
        subscription.Url,
        subscription.Events,
        subscription.Secret,
        DateTimeOffset.FromUnixTimeMilliseconds(subscription.CreatedAt));
}
