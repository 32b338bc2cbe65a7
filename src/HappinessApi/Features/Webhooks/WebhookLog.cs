namespace HappinessApi.Features.Webhooks;

public static partial class WebhookLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information,
        Message = "Webhook subscription {SubscriptionId} created for {Events}")]
    public static partial void Subscribed(ILogger logger, string subscriptionId, IReadOnlyList<string> events);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Webhook subscription {SubscriptionId} deleted")]
    public static partial void Unsubscribed(ILogger logger, string subscriptionId);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning,
        Message = "Webhook {MessageId} (delivery {DeliveryId}) not accepted: status {StatusCode}, error {Error}")]
    public static partial void NotAccepted(
        ILogger logger, string messageId, long deliveryId, int? statusCode, string? error);

    [LoggerMessage(EventId = 6011, Level = LogLevel.Information,
        Message = "Webhook {MessageId} (delivery {DeliveryId}) delivered")]
    public static partial void Delivered(ILogger logger, string messageId, long deliveryId);

    [LoggerMessage(EventId = 6014, Level = LogLevel.Warning,
        Message = "Webhook {MessageId} (delivery {DeliveryId}) given up: status {StatusCode}, error {Error}")]
    public static partial void GaveUp(
        ILogger logger, string messageId, long deliveryId, int? statusCode, string? error);

    [LoggerMessage(EventId = 6012, Level = LogLevel.Error,
        Message = "Webhook {MessageId} (delivery {DeliveryId}) broke off; it is retried when its lease ends")]
    public static partial void DeliveryBroke(ILogger logger, string messageId, long deliveryId, Exception exception);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Error, Message = "Reading the webhook outbox failed")]
    public static partial void PollFailed(ILogger logger, Exception exception);
}
