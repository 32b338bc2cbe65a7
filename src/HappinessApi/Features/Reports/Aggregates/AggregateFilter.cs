using HappinessApi.Features.Reports.Figures;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>
/// A report filter in the terms of one aggregate scope: a column the report neither filters nor groups by is
/// fixed to '' (the scope does not split by it), and a grouped column is left free (null).
/// </summary>
public sealed record AggregateFilter(AggregateScope Scope, string? AgentId, string? TeamKey)
{
    public static AggregateFilter Of(ReportFilter filter, ReportGrouping grouping)
    {
        var scope = AggregateScope.For(filter, grouping);
        var agent = grouping == ReportGrouping.Agent ? null : filter.Agent ?? "";
        var team = grouping == ReportGrouping.Team ? null : TeamKeyOf(filter.Team);

        return new AggregateFilter(scope, agent, team);
    }

    private static string TeamKeyOf(string? team) => team is null ? "" : AggregateScope.TeamKey(team);

    /// <summary>Equality tests for the fixed columns, so the primary key narrows the rows read.</summary>
    public string FixedColumns =>
        (AgentId is null ? "" : " AND agent_id = @AgentId") + (TeamKey is null ? "" : " AND team_key = @TeamKey");

    /// <summary>The same filter over raw rows: invitations of the agent and team, or any when not fixed.</summary>
    public string? RawAgent => Scope.ByAgent ? AgentId : null;

    public string? RawTeamKey => Scope.ByTeam ? TeamKey : null;
}
