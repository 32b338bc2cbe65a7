namespace HappinessApi.Features.Webhooks;

public static class WebhookEvents
{
    public const string RatingCreated = "rating.created";
    public const string RatingChanged = "rating.changed";
    public const string RatingCommented = "rating.commented";

    public static readonly IReadOnlyList<string> All = [RatingCreated, RatingChanged, RatingCommented];

    public static bool IsKnown(string? eventType) => eventType is not null && All.Contains(eventType);
}
