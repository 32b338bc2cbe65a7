namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>The stretch of UTC time one aggregate row covers: a day, an hour or a quarter hour.</summary>
public sealed record AggregateSpan(int Minutes)
{
    public static readonly AggregateSpan Day = new(24 * 60);

    public static readonly AggregateSpan Hour = new(60);

    public static readonly AggregateSpan Quarter = new(15);

    /// <summary>Customer sketches are kept per day and per hour; quarter hours are read from the rows.</summary>
    public static readonly IReadOnlyList<AggregateSpan> Sketched = [Day, Hour];

    /// <summary>Counts are kept per hour and per quarter hour, which every offset in use is a multiple of.</summary>
    public static readonly IReadOnlyList<AggregateSpan> Counted = [Hour, Quarter];

    public long Milliseconds => Minutes * 60_000L;

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
