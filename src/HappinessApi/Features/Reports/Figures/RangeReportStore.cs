using System.Data.Common;
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
        var buckets = boundaries.Zip(boundaries.Skip(1)).ToList();

        await using var connection = await connections.OpenAsync(ct);
        var sums = await SlotSums.ReadAsync(connection, AggregateFilter.Of(filter, ReportGrouping.None), buckets, ct);

        var figures = Enumerable.Repeat(new ReportFigures(0, 0, 0), buckets.Count).ToArray();
        foreach (var sum in sums)
        {
            figures[sum.Bucket] = new ReportFigures((int)sum.Great, (int)sum.Ok, (int)sum.NotGood);
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
        DbConnection connection, ReportFilter filter, ReportGrouping grouping, CancellationToken ct)
    {
        var scope = AggregateFilter.Of(filter, grouping);
        var sums = await SlotSums.ReadAsync(connection, scope, [(filter.Start, filter.End)], ct);

        return sums
            .Select(sum => new GroupCounts(
                new AggregateKey(scope.Scope, sum.AgentId, sum.TeamKey), sum.Great, sum.Ok, sum.NotGood,
                sum.Invitations))
            .ToList();
    }

    private sealed record GroupCounts(AggregateKey Key, long Great, long Ok, long NotGood, long Invitations)
    {
        public long Ratings => Great + Ok + NotGood;
    }
}
