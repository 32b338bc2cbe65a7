namespace HappinessApi.Features.Seeding;

internal static partial class SeedLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information,
        Message = "Seeding {Ratings} ratings on {Invitations} invitations over {Days} days into {DatabasePath}")]
    public static partial void Starting(ILogger logger, long ratings, long invitations, int days, string databasePath);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "Seeded {Ratings} ratings so far ({Seconds:F1} s)")]
    public static partial void Progress(ILogger logger, long ratings, double seconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information,
        Message = "Seeded {Ratings} ratings and {Invitations} invitations, {Rows} rows in all, "
            + "in {Seconds:F1} s ({RowsPerSecond:F0} rows/s)")]
    public static partial void Finished(
        ILogger logger, long ratings, long invitations, long rows, double seconds, double rowsPerSecond);
}
