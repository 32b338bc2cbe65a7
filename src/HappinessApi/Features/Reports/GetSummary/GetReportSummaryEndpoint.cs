using FastEndpoints;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Caching;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Reports.GetSummary;

public sealed class GetReportSummaryEndpoint(ReportBlockReader blocks, TimeProvider time)
    : Endpoint<GetReportSummaryRequest, GetReportSummaryResponse>
{
    public const string Route = "/api/v1/report/summary";

    public override void Configure()
    {
        Get(Route);
        Policies(ApiScopes.ReportsRead);
        RequestBinder(new RequestBinder<GetReportSummaryRequest>(BindingSource.QueryParams));
        Definition.UseETags();
        Description(builder => builder
            .WithTags("Reports")
            .WithSummary("Figures of a period of local days, next to the period of equal length before it")
            .Produces<GetReportSummaryResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json"),
            clearDefaults: true);
    }

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
