namespace HappinessApi.Features.Reports.Periods;

public enum TrendBucketSize
{
    Day,
    Week,
    Month,
}

/// <summary>A run of local days, from <see cref="Start"/> up to <see cref="End"/> excluded.</summary>
public readonly record struct LocalDays(DateOnly Start, DateOnly End);

/// <summary>Splits local days into calendar days, weeks from Monday, or calendar months.</summary>
public static class TrendBuckets
{
    public static TrendBucketSize? ParseSize(string? text) => text switch
    {
        "day" => TrendBucketSize.Day,
        "week" => TrendBucketSize.Week,
        "month" => TrendBucketSize.Month,
        _ => null,
    };

    /// <summary>Whole buckets covering every day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static IReadOnlyList<LocalDays> Split(DateOnly from, DateOnly to, TrendBucketSize size)
    {
        var buckets = new List<LocalDays>();
        for (var start = StartOf(from, size); start <= to; start = Next(start, size))
        {
            buckets.Add(new LocalDays(start, Next(start, size)));
        }

        return buckets;
    }

    public static DateOnly StartOf(DateOnly date, TrendBucketSize size) => size switch
    {
        TrendBucketSize.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        TrendBucketSize.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };

    private static DateOnly Next(DateOnly start, TrendBucketSize size) => size switch
    {
        TrendBucketSize.Week => start.AddDays(7),
        TrendBucketSize.Month => start.AddMonths(1),
        _ => start.AddDays(1),
    };
}
