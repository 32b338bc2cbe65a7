using System.Text.Json;
using HappinessApi.Features.Ratings;
using HappinessApi.Infrastructure.Json;

namespace HappinessApi.Features.Webhooks.Outbox;

/// <summary>The body of a delivery, shaped as the Standard Webhooks specification suggests.</summary>
/// <param name="Type">rating.created, rating.changed or rating.commented.</param>
/// <param name="Timestamp">When the event happened; retries keep it.</param>
/// <param name="Data">The rating as it stands after the event.</param>
public sealed record WebhookPayload(string Type, DateTimeOffset Timestamp, WebhookRatingData Data)
{
    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonConfiguration.Apply(options);
        return options;
    }
}

/// <summary>The rating an event is about. It names the customer only by the helpdesk's reference.</summary>
public sealed record WebhookRatingData(
    string InvitationId,
    string TicketId,
    string ReplyId,
    WebhookAgent Agent,
    string? Team,
    string? CustomerId,
    string Rating,
    string? PreviousRating,
    string? Comment,
    IReadOnlyList<string> Reasons,
    DateTimeOffset FirstRatedAt,
    DateTimeOffset RatedAt);

public sealed record WebhookAgent(string Id, string Name);

/// <summary>The invitation fields a payload carries.</summary>
public sealed record WebhookInvitation(
    string TicketId, string ReplyId, string AgentId, string AgentName, string? Team, string? CustomerId)
{
    public WebhookRatingData Describe(RatingState rating, AnnouncedRating? before) => new(
        rating.InvitationId,
        TicketId,
        ReplyId,
        new WebhookAgent(AgentId, AgentName),
        Team,
        CustomerId,
        rating.Rating,
        before?.Rating,
        rating.Comment,
        rating.ReasonCodes,
        DateTimeOffset.FromUnixTimeMilliseconds(rating.FirstRatedAt),
        DateTimeOffset.FromUnixTimeMilliseconds(rating.RatedAt));
}
