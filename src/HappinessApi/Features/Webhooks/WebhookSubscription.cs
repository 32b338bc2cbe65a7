namespace HappinessApi.Features.Webhooks;

/// <summary>A receiver of webhook events: where they go, which ones, and the secret that signs them.</summary>
public sealed record WebhookSubscription(
    string Id, string Url, string Secret, IReadOnlyList<string> Events, long CreatedAt);
