using FastEndpoints;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetAgents;

public sealed class GetReportAgentsEndpoint(ReportBlockReader blocks, RangeReportStore store, TimeProvider time)
    : PrivateReportEndpoint<GetReportAgentsRequest, GetReportAgentsResponse>
{
    public const string Route = "/api/v1/report/agents";

    public override void Configure() =>
        ConfigureReport(Route, "Figures per agent credited on the invitation, for a period of local days");

    public override async Task HandleAsync(GetReportAgentsRequest request, CancellationToken ct)
    {
        var period = request.ToPeriod(time.GetUtcNow());

        var filter = ReportFilter.Of(period, team: request.Team);
        var groups = await blocks.ReadGroupsAsync(filter, ReportGrouping.Agent, ct);
        var names = await NewestNamesAsync([.. groups.Select(group => group.Key!)], ct);

        var agents = groups
            .Select(group => new ReportAgentFigures(
                new ReportedAgent(group.Key!, names.GetValueOrDefault(group.Key!, group.Key!)),
                group.Block))
            .OrderBy(item => item.Agent.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(item => item.Agent.Id, StringComparer.Ordinal)
            .ToList();
        await Send.OkAsync(new GetReportAgentsResponse(ReportPeriodWindow.Of(period), agents), ct);
    }

    private async Task<Dictionary<string, string>> NewestNamesAsync(List<string> agentIds, CancellationToken ct)
    {
        var rows = agentIds.Count == 0 ? [] : await store.AgentNamesAsync(agentIds, ct);

        return rows
            .GroupBy(row => row.AgentId, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.OrderByDescending(row => row.LastUsed).First().AgentName,
                StringComparer.Ordinal);
    }
}
