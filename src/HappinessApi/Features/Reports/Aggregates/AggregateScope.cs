using HappinessApi.Features.Reports.Figures;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>One row key of the aggregate tables: a scope and the agent and team it is split by.</summary>
public sealed record AggregateKey(AggregateScope Scope, string AgentId, string TeamKey)
{
    public string ScopeName => Scope.Name;

    /// <summary>The same owner as a filter over raw rows: null where the scope does not split.</summary>
    public (string? Agent, string? TeamKey) RawOwner => (Scope.ByAgent ? AgentId : null, Scope.ByTeam ? TeamKey : null);
}

/// <summary>
/// Which scope of the aggregate tables answers a report, and how teams are written in them. A report reads the
/// scope split by exactly the columns it filters or groups by, so it never adds up rows of other agents or teams.
/// </summary>
public sealed record AggregateScope(string Name, bool ByAgent, bool ByTeam)
{
    public static readonly AggregateScope All = new("all", false, false);

    public static readonly AggregateScope Team = new("team", false, true);

    public static readonly AggregateScope Agent = new("agent", true, false);

    public static readonly AggregateScope AgentTeam = new("agent_team", true, true);

    public static readonly IReadOnlyList<AggregateScope> Each = [All, Team, Agent, AgentTeam];

    public static AggregateScope For(ReportFilter filter, ReportGrouping grouping)
    {
        var byAgent = filter.Agent is not null || grouping == ReportGrouping.Agent;
        var byTeam = filter.Team is not null || grouping == ReportGrouping.Team;

        return Each.Single(scope => scope.ByAgent == byAgent && scope.ByTeam == byTeam);
    }

    /// <summary>The four keys an invitation of this agent and team is counted under.</summary>
    public static IEnumerable<AggregateKey> KeysOf(string agentId, string? team) =>
        Each.Select(scope => scope.KeyOf(agentId, team));

    public static string TeamKey(string? team) => team is null ? "" : "t:" + team;

    public static string? TeamOf(string teamKey) => teamKey.Length == 0 ? null : teamKey[2..];

    public AggregateKey KeyOf(string agentId, string? team) =>
        new(this, ByAgent ? agentId : "", ByTeam ? TeamKey(team) : "");

    /// <summary>The group a stored row belongs to: the agent id, the team key, or "" when not grouped.</summary>
    public static string GroupOf(ReportGrouping grouping, string agentId, string teamKey) => grouping switch
    {
        ReportGrouping.Agent => agentId,
        ReportGrouping.Team => teamKey,
        _ => "",
    };

    /// <summary>A group as a report names it: the agent id, the team (null for none), or null if ungrouped.</summary>
    public static string? GroupKeyOf(ReportGrouping grouping, string group) => grouping switch
    {
        ReportGrouping.Agent => group,
        ReportGrouping.Team => TeamOf(group),
        _ => null,
    };
}
