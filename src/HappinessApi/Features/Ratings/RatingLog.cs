namespace HappinessApi.Features.Ratings;

public static partial class RatingLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Rating of invitation {InvitationId} submitted as {Rating}: {Decision}; suspect: {Suspect}")]
    public static partial void Recorded(
        ILogger logger, string invitationId, string rating, RatingDecisionKind decision, bool suspect);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Rating of invitation {InvitationId} posted by key {KeyName} as {Rating}: {Decision}")]
    public static partial void Posted(
        ILogger logger, string invitationId, string keyName, string rating, RatingDecisionKind decision);
}
