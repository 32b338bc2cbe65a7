using FastEndpoints;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTrend;

public sealed class GetReportTrendEndpoint(RangeReportStore store, TimeProvider time)
    : PrivateReportEndpoint<GetReportTrendRequest, GetReportTrendResponse>
{
    public const string Route = "/api/v1/report/trend";

    public override void Configure() =>
        ConfigureReport(Route, "Figures per local day, week or month, empty buckets included");

    public override async Task HandleAsync(GetReportTrendRequest request, CancellationToken ct)
    {
        var asked = request.ToPeriod(time.GetUtcNow());
        var buckets = TrendBuckets.Split(asked.From, asked.To, TrendBuckets.ParseSize(request.Bucket)!.Value);
        var period = asked with { From = buckets[0].Start, To = buckets[^1].End.AddDays(-1) };

        var figures = await store.RatingBucketsAsync(
            ReportFilter.Of(period, request.Team, request.Agent), TrendBoundaries.Of(buckets, period.Zone), ct);

        var rows = buckets.Select((bucket, index) => ToBucket(bucket, figures[index])).ToList();
        await Send.OkAsync(new GetReportTrendResponse(ReportPeriodWindow.Of(period), request.Bucket, rows), ct);
    }

    private static ReportTrendBucket ToBucket(LocalDays days, ReportFigures figures) => new(
        days.Start,
        days.End,
        ReportBlockFactory.CountsOf(figures),
        ReportBlockFactory.PercentagesOf(figures),
        figures.Satisfaction(),
        figures.HappinessScore());
}
