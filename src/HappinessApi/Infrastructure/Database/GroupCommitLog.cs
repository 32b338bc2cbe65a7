namespace HappinessApi.Infrastructure.Database;

internal static partial class GroupCommitLog
{
    [LoggerMessage(EventId = 1400, Level = LogLevel.Error,
        Message = "A group of {Writes} writes could not be committed; each of them is answered with the error")]
    public static partial void CommitFailed(ILogger logger, Exception exception, int writes);
}
