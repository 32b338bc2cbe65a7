namespace HappinessApi.Features.Webhooks;

/// <summary>A webhook subscription. Its secret is shown only when it is created.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Url">Where the events are posted.</param>
/// <param name="Events">The events sent there.</param>
/// <param name="CreatedAt">When the subscription was made.</param>
public sealed record WebhookResponse(string Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt)
{
    public static WebhookResponse From(WebhookSubscription subscription) => new(
        subscription.Id,
        subscription.Url,
        subscription.Events,
        DateTimeOffset.FromUnixTimeMilliseconds(subscription.CreatedAt));
}
