namespace HappinessApi.Features.Reports.Aggregates;

internal static partial class AggregateLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information,
        Message = "Report aggregates rebuilt from the stored ratings: {Sketches} day sketches in {Seconds:F1} s")]
    public static partial void Rebuilt(ILogger logger, long sketches, double seconds);
}
