namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>The statements that count every rating and invitation into the quarter-hour rows of a scope.</summary>
internal static class SlotCounts
{
    public static string RatingsOf(AggregateScope scope, AggregateSpan span) => $"""
        INSERT INTO report_slots (scope, minutes, agent_id, team_key, slot, great, ok, not_good, invitations)
        SELECT '{scope.Name}', {span.Minutes}, {AgentOf(scope)}, {TeamOf(scope)}, r.rated_at / {span.Milliseconds},
               SUM(r.rating = 'great'), SUM(r.rating = 'ok'), SUM(r.rating = 'not_good'), 0
        FROM ratings r
        JOIN invitations i ON i.id = r.invitation_id
        WHERE r.suspect = 0
        GROUP BY 3, 4, 5
        """;

    public static string InvitationsOf(AggregateScope scope, AggregateSpan span) => $"""
        INSERT INTO report_slots (scope, minutes, agent_id, team_key, slot, invitations)
        SELECT '{scope.Name}', {span.Minutes}, {AgentOf(scope)}, {TeamOf(scope)}, i.created_at / {span.Milliseconds},
               COUNT(*)
        FROM invitations i
        WHERE true
        GROUP BY 3, 4, 5
        ON CONFLICT DO UPDATE SET invitations = excluded.invitations
        """;

    /// <summary>Each agent's name on their newest invitation (SQLite takes the bare column from the MAX row).</summary>
    public const string AgentNames = """
        INSERT INTO report_agents (agent_id, agent_name, named_at)
        SELECT agent_id, agent_name, MAX(created_at) FROM invitations GROUP BY agent_id
        """;

    private static string AgentOf(AggregateScope scope) => scope.ByAgent ? "i.agent_id" : "''";

    private static string TeamOf(AggregateScope scope) => scope.ByTeam ? "COALESCE('t:' || i.team, '')" : "''";
}
