namespace HappinessApi.Features.Webhooks;

/// <summary>Where a delivery stands: pending, delivered or failed.</summary>
public enum WebhookDeliveryStatus
{
    Pending,
    Delivered,
    Failed,
}
