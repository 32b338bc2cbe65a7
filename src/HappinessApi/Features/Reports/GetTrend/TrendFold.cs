using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTrend;

/// <summary>Folds quarter-hour rating slots into buckets of local days.</summary>
public static class TrendFold
{
    /// <summary>The UTC instants, in Unix ms, of each bucket's start, followed by the last bucket's end.</summary>
    public static long[] Boundaries(IReadOnlyList<LocalDays> buckets, TimeZoneInfo zone) =>
    [
        .. buckets.Select(bucket => LocalCalendar.StartOfDay(bucket.Start, zone).ToUnixTimeMilliseconds()),
        LocalCalendar.StartOfDay(buckets[^1].End, zone).ToUnixTimeMilliseconds(),
    ];

    public static ReportFigures[] Fold(long[] boundaries, IEnumerable<SlotTally> slots)
    {
        var counts = new long[boundaries.Length - 1, 3];
        foreach (var slot in slots)
        {
            var index = BucketOf(slot.Slot * RangeReportStore.SlotMilliseconds, boundaries);
            if (index >= 0)
            {
                counts[index, 0] += slot.Great;
                counts[index, 1] += slot.Ok;
                counts[index, 2] += slot.NotGood;
            }
        }

        return
        [
            .. Enumerable.Range(0, boundaries.Length - 1).Select(index =>
                new ReportFigures((int)counts[index, 0], (int)counts[index, 1], (int)counts[index, 2])),
        ];
    }

    /// <summary>The bucket whose start is at or before the instant and whose end is after it; -1 if none.</summary>
    public static int BucketOf(long instant, long[] boundaries)
    {
        var found = Array.BinarySearch(boundaries, instant);
        var index = found >= 0 ? found : ~found - 1;

        // A day skipped whole by a time-zone change gives equal boundaries: the instant goes to the later bucket.
        while (index >= 0 && index + 1 < boundaries.Length && boundaries[index + 1] <= instant)
        {
            index++;
        }

        return index >= 0 && index < boundaries.Length - 1 ? index : -1;
    }
}
