using Dapper;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Reports.Figures;

/// <summary>
/// Counts ratings by <c>rated_at</c> and invitations by <c>created_at</c>, both credited to the invitation's agent
/// and team; suspect ratings never count.
/// </summary>
public sealed class RangeReportStore(SqliteConnectionFactory connections)
{
    public const long SlotMilliseconds = 15 * 60 * 1000;

    public async Task<IReadOnlyList<RatingTally>> RatingsAsync(
        ReportFilter filter, ReportGrouping grouping, CancellationToken ct)
    {
        const string select = """
            SELECT CASE @grouping WHEN 'agent' THEN i.agent_id WHEN 'team' THEN i.team END AS GroupKey,
                   SUM(CASE WHEN r.rating = 'great' THEN 1 ELSE 0 END) AS Great,
                   SUM(CASE WHEN r.rating = 'ok' THEN 1 ELSE 0 END) AS Ok,
                   SUM(CASE WHEN r.rating = 'not_good' THEN 1 ELSE 0 END) AS NotGood,
                   COUNT(DISTINCT i.customer_id) AS Customers
            FROM ratings r
            JOIN invitations i ON i.id = r.invitation_id
            WHERE r.suspect = 0 AND r.rated_at >= @Start AND r.rated_at < @End
              AND (@Team IS NULL OR i.team = @Team) AND (@Agent IS NULL OR i.agent_id = @Agent)
            GROUP BY GroupKey
            """;

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<RatingTally>(Command(select, filter, grouping, ct));

        return rows.AsList();
    }

    public async Task<IReadOnlyList<InvitationTally>> InvitationsAsync(
        ReportFilter filter, ReportGrouping grouping, CancellationToken ct)
    {
        const string select = """
            SELECT CASE @grouping WHEN 'agent' THEN i.agent_id WHEN 'team' THEN i.team END AS GroupKey,
                   COUNT(*) AS Invitations,
                   COUNT(DISTINCT i.customer_id) AS Customers
            FROM invitations i
            WHERE i.created_at >= @Start AND i.created_at < @End
              AND (@Team IS NULL OR i.team = @Team) AND (@Agent IS NULL OR i.agent_id = @Agent)
            GROUP BY GroupKey
            """;

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<InvitationTally>(Command(select, filter, grouping, ct));

        return rows.AsList();
    }

    /// <summary>
    /// Ratings per UTC quarter hour, numbered from the Unix epoch. Every offset in use since the 1970s is a whole
    /// number of quarter hours, so local midnights fall on slot boundaries and slots fold exactly into local days.
    /// </summary>
    public async Task<IReadOnlyList<SlotTally>> RatingSlotsAsync(ReportFilter filter, CancellationToken ct)
    {
        const string select = """
            SELECT r.rated_at / @SlotMilliseconds AS Slot,
                   SUM(CASE WHEN r.rating = 'great' THEN 1 ELSE 0 END) AS Great,
                   SUM(CASE WHEN r.rating = 'ok' THEN 1 ELSE 0 END) AS Ok,
                   SUM(CASE WHEN r.rating = 'not_good' THEN 1 ELSE 0 END) AS NotGood
            FROM ratings r
            JOIN invitations i ON i.id = r.invitation_id
            WHERE r.suspect = 0 AND r.rated_at >= @Start AND r.rated_at < @End
              AND (@Team IS NULL OR i.team = @Team) AND (@Agent IS NULL OR i.agent_id = @Agent)
            GROUP BY Slot
            ORDER BY Slot
            """;

        var parameters = new { filter.Start, filter.End, filter.Team, filter.Agent, SlotMilliseconds };
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<SlotTally>(
            new CommandDefinition(select, parameters, cancellationToken: ct));

        return rows.AsList();
    }

    /// <summary>Each agent's names, with when each was last used, so the newest name can be shown.</summary>
    public async Task<IReadOnlyList<AgentNameRow>> AgentNamesAsync(
        IReadOnlyCollection<string> agentIds, CancellationToken ct)
    {
        const string select = """
            SELECT i.agent_id AS AgentId, i.agent_name AS AgentName, MAX(i.created_at) AS LastUsed
            FROM invitations i
            WHERE i.agent_id IN @agentIds
            GROUP BY i.agent_id, i.agent_name
            """;

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<AgentNameRow>(
            new CommandDefinition(select, new { agentIds }, cancellationToken: ct));

        return rows.AsList();
    }

    private static CommandDefinition Command(
        string sql, ReportFilter filter, ReportGrouping grouping, CancellationToken ct) =>
        new(sql, new { filter.Start, filter.End, filter.Team, filter.Agent, grouping = GroupingName(grouping) },
            cancellationToken: ct);

    private static string GroupingName(ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.Agent => "agent",
        ReportGrouping.Team => "team",
        _ => "none",
    };
}
