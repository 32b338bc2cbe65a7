using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Features.Reports.Figures;

namespace HappinessApi.Features.Reports.GetReport;

/// <summary>
/// Counts the ratings of a public report's window: its whole quarter hours from the aggregates, and the minutes
/// before the first and after the last from the ratings themselves, so any instants count exactly and a year
/// costs no more than a day.
/// </summary>
public sealed class PublicWindowCounter(RangeReportStore aggregates, ReportStore ratings)
{
    public async Task<ReportFigures> CountAsync(PublicWindow window, CancellationToken ct)
    {
        var quarter = AggregateSpan.Quarter;
        var first = quarter.BucketFrom(window.Start) * quarter.Milliseconds;
        var last = quarter.BucketOf(window.End) * quarter.Milliseconds;
        if (first >= last)
        {
            return await ratings.CountAsync(window, ct);
        }

        var whole = await aggregates.RatingBucketsAsync(new ReportFilter(first, last, window.Team), [first, last], ct);
        var before = await ratings.CountAsync(window with { End = first }, ct);
        var after = await ratings.CountAsync(window with { Start = last }, ct);

        return new ReportFigures(
            whole[0].Great + before.Great + after.Great,
            whole[0].Ok + before.Ok + after.Ok,
            whole[0].NotGood + before.NotGood + after.NotGood);
    }
}
