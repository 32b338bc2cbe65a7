namespace HappinessApi.Features.Ratings;

public static partial class RatingLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Rating of invitation {InvitationId} submitted as {Rating}: {Decision}; suspect: {Suspect}")]
    public static partial void Recorded(
        ILogger logger, string invitationId, string rating, RatingDecisionKind decision, bool suspect);
}
