using FastEndpoints;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetSummary;

public sealed class GetReportSummaryEndpoint(ReportBlockReader blocks, TimeProvider time)
    : PrivateReportEndpoint<GetReportSummaryRequest, GetReportSummaryResponse>
{
    public const string Route = "/api/v1/report/summary";

    public override void Configure() =>
        ConfigureReport(Route, "Figures of a period of local days, next to the period of equal length before it");

    public override async Task HandleAsync(GetReportSummaryRequest request, CancellationToken ct)
    {
        var period = request.ToPeriod(time.GetUtcNow());
        var previous = period.Previous();

        var current = await blocks.ReadAsync(ReportFilter.Of(period, request.Team, request.Agent), ct);
        var before = await blocks.ReadAsync(ReportFilter.Of(previous, request.Team, request.Agent), ct);

        await Send.OkAsync(
            new GetReportSummaryResponse(
                ReportPeriodWindow.Of(period),
                ReportPeriodWindow.Of(previous),
                current,
                before,
                ReportChange.Between(current, before)),
            ct);
    }
}
