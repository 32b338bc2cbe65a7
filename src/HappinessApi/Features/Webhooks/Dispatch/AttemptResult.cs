namespace HappinessApi.Features.Webhooks.Dispatch;

/// <summary>How one attempt to deliver went.</summary>
/// <param name="StatusCode">The receiver's status code, when it answered.</param>
/// <param name="Error">Why there was no answer, or why none was asked for.</param>
/// <param name="DurationMs">How long the attempt took.</param>
/// <param name="RetryAfter">The wait the receiver asked for, if any.</param>
/// <param name="Final">Whether trying again is pointless.</param>
/// <param name="Withdrawn">The delivery was no longer pending, so no attempt was made.</param>
public sealed record AttemptResult(
    int? StatusCode,
    string? Error,
    long DurationMs,
    TimeSpan? RetryAfter = null,
    bool Final = false,
    bool Withdrawn = false)
{
    public static readonly AttemptResult NotPending =
        new(null, "The delivery is no longer pending.", 0, Final: true, Withdrawn: true);

    private const int MaxErrorLength = 500;

    public bool Succeeded => StatusCode is >= 200 and < 300;

    public bool Retriable => !Succeeded && !Final;

    // 410 Gone is how a receiver says it wants no more of these (Standard Webhooks).
    public static AttemptResult Answered(int statusCode, TimeSpan? retryAfter, long durationMs) =>
        new(statusCode, null, durationMs, retryAfter, Final: statusCode == StatusCodes.Status410Gone);

    public static AttemptResult Unanswered(string error, long durationMs) => new(null, Shorten(error), durationMs);

    public static AttemptResult Refused(string error) => new(null, error, 0, Final: true);

    private static string Shorten(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
