using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Webhooks.Outbox;

/// <summary>What subscribers were last told of one rating.</summary>
public sealed record AnnouncedRating(string Rating, string? Comment, string Reasons)
{
    /// <summary>
    /// The event a recorded submission fires, if any. Only a rating that counts is announced: a
    /// suspect one waits for its confirmation, and a held or unchanged submission fires nothing.
    /// A rating is created once; after that a new value is a change, and a new comment or new
    /// reasons under the same value are a comment.
    /// </summary>
    public static string? EventFor(AnnouncedRating? announced, RatingDecision decision)
    {
        if (decision.Kind != RatingDecisionKind.Applied || decision.Stored is not { Suspect: false } stored)
        {
            return null;
        }

        if (announced is null)
        {
            return WebhookEvents.RatingCreated;
        }

        if (announced.Rating != stored.Rating)
        {
            return WebhookEvents.RatingChanged;
        }

        return announced.Comment != stored.Comment || announced.Reasons != stored.Reasons
            ? WebhookEvents.RatingCommented
            : null;
    }
}
