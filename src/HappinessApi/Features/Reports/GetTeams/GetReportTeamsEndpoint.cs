using FastEndpoints;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Caching;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Reports.GetTeams;

public sealed class GetReportTeamsEndpoint(ReportBlockReader blocks, TimeProvider time)
    : Endpoint<GetReportTeamsRequest, GetReportTeamsResponse>
{
    public const string Route = "/api/v1/report/teams";

    public override void Configure()
    {
        Get(Route);
        Policies(ApiScopes.ReportsRead);
        RequestBinder(new RequestBinder<GetReportTeamsRequest>(BindingSource.QueryParams));
        Definition.UseETags();
        Description(builder => builder
            .WithTags("Reports")
            .WithSummary("Figures per team on the invitation, for a period of local days")
            .Produces<GetReportTeamsResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json"),
            clearDefaults: true);
    }

    public override async Task HandleAsync(GetReportTeamsRequest request, CancellationToken ct)
    {
        var period = request.ToPeriod(time.GetUtcNow());

        var groups = await blocks.ReadGroupsAsync(ReportFilter.Of(period), ReportGrouping.Team, ct);

        var teams = groups
            .Select(group => new ReportTeamFigures(group.Key, group.Block))
            .OrderBy(item => item.Team is null)
            .ThenBy(item => item.Team, StringComparer.Ordinal)
            .ToList();
        await Send.OkAsync(new GetReportTeamsResponse(ReportPeriodWindow.Of(period), teams), ct);
    }
}
