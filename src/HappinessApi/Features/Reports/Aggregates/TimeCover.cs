namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>Stored rows of one span: buckets from <see cref="First"/> to <see cref="End"/>, excluded.</summary>
public sealed record CoverRun(AggregateSpan Span, long First, long End);

/// <summary>
/// How a stretch of time is read from aggregates: the largest spans inside it first, then smaller spans at its ends,
/// and what no span fits (<see cref="Rows"/>) from the ratings or invitations themselves. A Paris year of customers
/// is 364 day sketches and 24 hour sketches; a year of counts is 8,760 hour rows rather than 35,040 quarter hours.
/// </summary>
public sealed record TimeCover(IReadOnlyList<CoverRun> Runs, IReadOnlyList<(long Start, long End)> Rows)
{
    public static TimeCover Of(long start, long end, IReadOnlyList<AggregateSpan> spans)
    {
        var runs = new List<CoverRun>();
        var rows = new List<(long, long)>();
        Split(start, end, spans, 0, runs, rows);

        return new TimeCover(runs, rows);
    }

    private static void Split(
        long start, long end, IReadOnlyList<AggregateSpan> spans, int level, List<CoverRun> runs,
        List<(long, long)> rows)
    {
        if (start >= end)
        {
            return;
        }

        if (level == spans.Count)
        {
            rows.Add((start, end));
            return;
        }

        var span = spans[level];
        var (first, last) = (span.BucketFrom(start), span.BucketOf(end));
        if (first >= last)
        {
            Split(start, end, spans, level + 1, runs, rows);
            return;
        }

        runs.Add(new CoverRun(span, first, last));
        Split(start, first * span.Milliseconds, spans, level + 1, runs, rows);
        Split(last * span.Milliseconds, end, spans, level + 1, runs, rows);
    }
}
