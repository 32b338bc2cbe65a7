using FastEndpoints;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetReasons;

public sealed class GetReportReasonsEndpoint(ReasonReportStore store, ReasonCatalog catalog, TimeProvider time)
    : PrivateReportEndpoint<GetReportReasonsRequest, GetReportReasonsResponse>
{
    public const string Route = "/api/v1/report/reasons";

    public override void Configure() =>
        ConfigureReport(Route, "Reasons and reason families of the ok and not good ratings of a period");

    public override async Task HandleAsync(GetReportReasonsRequest request, CancellationToken ct)
    {
        var period = request.ToPeriod(time.GetUtcNow());
        var filter = ReportFilter.Of(period, request.Team, request.Agent);

        var tallies = await store.ReasonsAsync(filter, ct);
        var unhappy = await store.UnhappyAsync(
            filter, CodesOf(ReasonFamily.Support), CodesOf(ReasonFamily.Outcome), ct);

        var reasons = ReasonBreakdown.Reasons(catalog.All, tallies);
        await Send.OkAsync(
            new GetReportReasonsResponse(
                ReportPeriodWindow.Of(period),
                reasons,
                ReasonBreakdown.Families(reasons, unhappy),
                ReasonBreakdown.Split(unhappy),
                ReportBlockFactory.Rate(unhappy.Support, unhappy.AnyReason),
                ReportBlockFactory.Rate(unhappy.Outcome, unhappy.AnyReason)),
            ct);
    }

    private List<string> CodesOf(ReasonFamily family) =>
        [.. catalog.All.Where(reason => reason.Family == family).Select(reason => reason.Code)];
}
