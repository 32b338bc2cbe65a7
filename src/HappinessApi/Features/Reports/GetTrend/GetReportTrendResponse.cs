using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTrend;

/// <summary>How customers felt, bucket by bucket.</summary>
/// <param name="Window">The period covered: the one asked for, widened to whole buckets.</param>
/// <param name="Bucket">day, week or month.</param>
/// <param name="Buckets">One entry per bucket, oldest first, empty buckets included.</param>
public sealed record GetReportTrendResponse(
    ReportPeriodWindow Window,
    string Bucket,
    IReadOnlyList<ReportTrendBucket> Buckets);

/// <summary>The figures of one bucket of local days.</summary>
/// <param name="Start">The first local day of the bucket.</param>
/// <param name="End">The local day after the bucket; not included.</param>
/// <param name="Counts">How many ratings of each value.</param>
/// <param name="Percentages">Whole percentages that add up to 100; null without ratings.</param>
/// <param name="Satisfaction">The share of great in percent; null without ratings.</param>
/// <param name="HappinessScore">
/// The share of great minus the share of not good, in percent; null without ratings.
/// </param>
public sealed record ReportTrendBucket(
    DateOnly Start,
    DateOnly End,
    ReportCounts Counts,
    ReportPercentages Percentages,
    decimal? Satisfaction,
    decimal? HappinessScore);
