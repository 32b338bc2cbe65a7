using Dapper;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Reports.Figures;

/// <summary>
/// Reads the report aggregates: ratings counted by <c>rated_at</c> and invitations by <c>created_at</c>, both
/// credited to the invitation's agent and team; suspect ratings never count. Periods start and end on UTC quarter
/// hours, since every offset in use since the 1970s is a whole number of quarter hours.
/// </summary>
public sealed class RangeReportStore(SqliteConnectionFactory connections)
{
    public const long SlotMilliseconds = AggregateWriter.SlotMilliseconds;

    private const string SelectCounts = """
        SELECT agent_id, team_key, SUM(great) AS great, SUM(ok) AS ok, SUM(not_good) AS not_good,
               SUM(invitations) AS invitations
        FROM report_slots
        WHERE scope = @ScopeName AND slot >= @firstSlot AND slot < @endSlot
        """;

    /// <summary>The ratings and invitations of each group that has either in the period.</summary>
    public async Task<IReadOnlyList<PeriodTally>> TalliesAsync(
        ReportFilter filter, ReportGrouping grouping, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var counts = (await CountsAsync(connection, filter, grouping, ct))
            .Where(row => row.Ratings > 0 || row.Invitations > 0)
            .ToList();
        var groups = counts.Select(row => row.Key).ToList();

        var rated = await CustomerCounter.CountAsync(
            connection, CustomerKind.Rated, filter, grouping, groups, counts.Sum(row => row.Ratings), ct);
        var invited = await CustomerCounter.CountAsync(
            connection, CustomerKind.Invited, filter, grouping, groups, counts.Sum(row => row.Invitations), ct);

        return counts.Select(row =>
        {
            var group = AggregateScope.GroupOf(grouping, row.Key.AgentId, row.Key.TeamKey);
            var groupKey = AggregateScope.GroupKeyOf(grouping, group);
            return new PeriodTally(
                groupKey,
                new RatingTally(groupKey, row.Great, row.Ok, row.NotGood, rated.GetValueOrDefault(group)),
                new InvitationTally(groupKey, row.Invitations, invited.GetValueOrDefault(group)));
        }).ToList();
    }

    /// <summary>The counts of each bucket between consecutive boundaries (UTC instants in Unix ms).</summary>
    public async Task<ReportFigures[]> RatingBucketsAsync(ReportFilter filter, long[] boundaries, CancellationToken ct)
    {
        var scope = AggregateFilter.Of(filter, ReportGrouping.None);
        var sql = $"""
            WITH bounds AS (
                SELECT CAST(key AS INTEGER) AS bucket, value AS first_slot,
                       lead(value) OVER (ORDER BY CAST(key AS INTEGER)) AS end_slot
                FROM json_each(@slots))
            SELECT b.bucket, SUM(s.great) AS great, SUM(s.ok) AS ok, SUM(s.not_good) AS not_good
            FROM bounds b
            JOIN report_slots s ON s.scope = @ScopeName AND s.slot >= b.first_slot AND s.slot < b.end_slot
                {scope.FixedColumns.Replace("AND ", "AND s.", StringComparison.Ordinal)}
            GROUP BY b.bucket
            """;
        var slots = System.Text.Json.JsonSerializer.Serialize(boundaries.Select(instant => instant / SlotMilliseconds));
        var parameters = new { ScopeName = scope.Scope.Name, scope.AgentId, scope.TeamKey, slots };

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Bucket, long Great, long Ok, long NotGood)>(
            new CommandDefinition(sql, parameters, cancellationToken: ct));

        var figures = Enumerable.Repeat(new ReportFigures(0, 0, 0), boundaries.Length - 1).ToArray();
        foreach (var row in rows)
        {
            figures[row.Bucket] = new ReportFigures((int)row.Great, (int)row.Ok, (int)row.NotGood);
        }

        return figures;
    }

    /// <summary>Each agent's name on their newest invitation.</summary>
    public async Task<IReadOnlyList<AgentNameRow>> AgentNamesAsync(
        IReadOnlyCollection<string> agentIds, CancellationToken ct)
    {
        const string select = """
            SELECT agent_id AS AgentId, agent_name AS AgentName, named_at AS LastUsed
            FROM report_agents
            WHERE agent_id IN @agentIds
            """;

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<AgentNameRow>(
            new CommandDefinition(select, new { agentIds }, cancellationToken: ct));

        return rows.AsList();
    }

    private static async Task<IReadOnlyList<GroupCounts>> CountsAsync(
        System.Data.Common.DbConnection connection, ReportFilter filter, ReportGrouping grouping, CancellationToken ct)
    {
        var scope = AggregateFilter.Of(filter, grouping);
        var sql = SelectCounts + scope.FixedColumns + " GROUP BY agent_id, team_key";
        var parameters = new
        {
            ScopeName = scope.Scope.Name,
            scope.AgentId,
            scope.TeamKey,
            firstSlot = filter.Start / SlotMilliseconds,
            endSlot = filter.End / SlotMilliseconds,
        };
        var rows = await connection.QueryAsync<(string AgentId, string TeamKey, long Great, long Ok, long NotGood,
            long Invitations)>(new CommandDefinition(sql, parameters, cancellationToken: ct));

        return rows
            .Select(row => new GroupCounts(
                new AggregateKey(scope.Scope, row.AgentId, row.TeamKey), row.Great, row.Ok, row.NotGood,
                row.Invitations))
            .ToList();
    }

    private sealed record GroupCounts(AggregateKey Key, long Great, long Ok, long NotGood, long Invitations)
    {
        public long Ratings => Great + Ok + NotGood;
    }
}
