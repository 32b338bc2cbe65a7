namespace HappinessApi.Features.Ratings.Moderate;

public static partial class ModerationLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information,
        Message = "Rating of invitation {InvitationId} moderated by key {Moderator}: {Actions}")]
    public static partial void Moderated(
        ILogger logger, string invitationId, string moderator, IReadOnlyList<string> actions);
}
