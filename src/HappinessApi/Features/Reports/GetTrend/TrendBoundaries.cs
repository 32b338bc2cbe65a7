using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTrend;

/// <summary>Where the buckets of a trend begin and end in UTC.</summary>
public static class TrendBoundaries
{
    /// <summary>
    /// The UTC instants, in Unix ms, of each bucket's start, followed by the last bucket's end. A day skipped whole
    /// by a time-zone change gives two equal boundaries: an empty bucket, its hours going to the next one.
    /// </summary>
    public static long[] Of(IReadOnlyList<LocalDays> buckets, TimeZoneInfo zone) =>
    [
        .. buckets.Select(bucket => LocalCalendar.StartOfDay(bucket.Start, zone).ToUnixTimeMilliseconds()),
        LocalCalendar.StartOfDay(buckets[^1].End, zone).ToUnixTimeMilliseconds(),
    ];
}
