namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>The stretch of UTC time one stored sketch covers: a day or an hour.</summary>
public sealed record SketchSpan(int Hours)
{
    public static readonly SketchSpan Day = new(24);

    public static readonly SketchSpan Hour = new(1);

    public static readonly IReadOnlyList<SketchSpan> Both = [Day, Hour];

    public long Milliseconds => Hours * 3_600_000L;

    /// <summary>The span's number since the Unix epoch that holds the instant.</summary>
    public long BucketOf(long instant)
    {
        var (bucket, rest) = Math.DivRem(instant, Milliseconds);

        return rest < 0 ? bucket - 1 : bucket;
    }

    /// <summary>The first bucket that starts at or after the instant.</summary>
    public long BucketFrom(long instant)
    {
        var bucket = BucketOf(instant);

        return bucket * Milliseconds == instant ? bucket : bucket + 1;
    }
}
