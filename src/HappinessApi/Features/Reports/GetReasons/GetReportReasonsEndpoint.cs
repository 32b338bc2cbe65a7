using FastEndpoints;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Caching;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Reports.GetReasons;

public sealed class GetReportReasonsEndpoint(ReasonReportStore store, ReasonCatalog catalog, TimeProvider time)
    : Endpoint<GetReportReasonsRequest, GetReportReasonsResponse>
{
    public const string Route = "/api/v1/report/reasons";

    public override void Configure()
    {
        Get(Route);
        Policies(ApiScopes.ReportsRead);
        RequestBinder(new RequestBinder<GetReportReasonsRequest>(BindingSource.QueryParams));
        Definition.UseETags();
        Description(builder => builder
            .WithTags("Reports")
            .WithSummary("Reasons and reason families of the ok and not good ratings of a period")
            .Produces<GetReportReasonsResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json"),
            clearDefaults: true);
    }

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
