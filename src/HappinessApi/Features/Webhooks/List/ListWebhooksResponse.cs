namespace HappinessApi.Features.Webhooks.List;

/// <summary>Every webhook subscription, oldest first.</summary>
/// <param name="Items">The subscriptions.</param>
public sealed record ListWebhooksResponse(IReadOnlyList<WebhookResponse> Items);
