namespace HappinessApi.Features.Webhooks.Create;

/// <summary>The new subscription, with its secret: the only time the secret is shown.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Url">Where the events are posted.</param>
/// <param name="Events">The events sent there.</param>
/// <param name="Secret">The signing secret; keep it, it is not shown again.</param>
/// <param name="CreatedAt">When the subscription was made.</param>
public sealed record CreateWebhookResponse(
    string Id, string Url, IReadOnlyList<string> Events, string Secret, DateTimeOffset CreatedAt);
