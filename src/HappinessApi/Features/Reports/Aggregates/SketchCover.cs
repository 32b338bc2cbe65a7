namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>Stored sketches of one span: buckets from <see cref="First"/> to <see cref="End"/>, excluded.</summary>
public sealed record SketchRun(SketchSpan Span, long First, long End);

/// <summary>
/// How a stretch of time is read: the whole UTC days inside it from day sketches, the whole hours left at its ends
/// from hour sketches, and what remains (the quarter hours of half-hour zones) from the rows themselves.
/// </summary>
public sealed record SketchCover(IReadOnlyList<SketchRun> Runs, IReadOnlyList<(long Start, long End)> Rows)
{
    public static SketchCover Of(long start, long end)
    {
        var runs = new List<SketchRun>();
        var rows = new List<(long, long)>();
        Split(start, end, 0, runs, rows);

        return new SketchCover(runs, rows);
    }

    private static void Split(long start, long end, int level, List<SketchRun> runs, List<(long, long)> rows)
    {
        if (start >= end)
        {
            return;
        }

        if (level == SketchSpan.Both.Count)
        {
            rows.Add((start, end));
            return;
        }

        var span = SketchSpan.Both[level];
        var (first, last) = (span.BucketFrom(start), span.BucketOf(end));
        if (first >= last)
        {
            Split(start, end, level + 1, runs, rows);
            return;
        }

        runs.Add(new SketchRun(span, first, last));
        Split(start, first * span.Milliseconds, level + 1, runs, rows);
        Split(last * span.Milliseconds, end, level + 1, runs, rows);
    }
}
