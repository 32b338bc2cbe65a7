namespace HappinessApi.Features.Webhooks.ListDeliveries;

/// <summary>The most recent deliveries of one subscription, newest first.</summary>
/// <param name="Items">The deliveries.</param>
public sealed record ListWebhookDeliveriesResponse(IReadOnlyList<WebhookDeliveryResponse> Items);

/// <summary>One event sent, or to be sent, to one subscription.</summary>
/// <param name="Id">The message id, sent as webhook-id; the same on every attempt.</param>
/// <param name="Event">The event type.</param>
/// <param name="Status">pending until delivered, or failed once retries stop.</param>
/// <param name="Attempts">How many attempts were made.</param>
/// <param name="LastResponseCode">The receiver's status code at the last attempt, if it answered.</param>
/// <param name="LastError">Why the last attempt got no answer, if it did not.</param>
/// <param name="LastAttemptAt">When the last attempt was made.</param>
/// <param name="NextAttemptAt">When the next attempt is due, while pending.</param>
/// <param name="CreatedAt">When the event happened.</param>
public sealed record WebhookDeliveryResponse(
    string Id,
    string Event,
    WebhookDeliveryStatus Status,
    int Attempts,
    int? LastResponseCode,
    string? LastError,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset CreatedAt);
