using FastEndpoints;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetTeams;

public sealed class GetReportTeamsEndpoint(ReportBlockReader blocks, TimeProvider time)
    : PrivateReportEndpoint<GetReportTeamsRequest, GetReportTeamsResponse>
{
    public const string Route = "/api/v1/report/teams";

    public override void Configure() =>
        ConfigureReport(Route, "Figures per team on the invitation, for a period of local days");

    public override async Task HandleAsync(GetReportTeamsRequest request, CancellationToken ct)
    {
        var period = request.ToPeriod(time.GetUtcNow());

        var filter = ReportFilter.Of(period, agent: request.Agent);
        var groups = await blocks.ReadGroupsAsync(filter, ReportGrouping.Team, ct);

        var teams = groups
            .Select(group => new ReportTeamFigures(group.Key, group.Block))
            .OrderBy(item => item.Team is null)
            .ThenBy(item => item.Team, StringComparer.Ordinal)
            .ToList();
        await Send.OkAsync(new GetReportTeamsResponse(ReportPeriodWindow.Of(period), teams), ct);
    }
}
