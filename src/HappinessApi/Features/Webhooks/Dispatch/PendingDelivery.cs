namespace HappinessApi.Features.Webhooks.Dispatch;

/// <summary>A delivery taken from the outbox to send, with where it goes and the secret that signs it.</summary>
public sealed record PendingDelivery(
    long Id,
    string MessageId,
    string EventType,
    string Payload,
    long CreatedAt,
    string Url,
    string Secret);
