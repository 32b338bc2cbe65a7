using System.Data.Common;
using Dapper;
using HappinessApi.Features.Reports.Figures;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>
/// Counts distinct customers per group. Up to <see cref="ExactLimit"/> rows the count is exact, read from the
/// ratings or invitations themselves; above, it is a HyperLogLog estimate merged from the stored sketches that
/// cover the period (see <see cref="TimeCover"/>).
/// </summary>
internal static class CustomerCounter
{
    public const long ExactLimit = 5_000;

    private const string SelectRun = """
        SELECT registers FROM customer_sketches
        WHERE kind = @kind AND scope = @scope AND minutes = @minutes AND agent_id = @agentId AND team_key = @teamKey
          AND bucket >= @first AND bucket < @end
        """;

    /// <summary>The distinct customers of each group, keyed as <see cref="AggregateScope.GroupOf"/> names it.</summary>
    public static async Task<Dictionary<string, long>> CountAsync(
        DbConnection connection, CustomerKind kind, ReportFilter filter, ReportGrouping grouping,
        IReadOnlyList<AggregateKey> groups, long rows, CancellationToken ct)
    {
        var scope = AggregateFilter.Of(filter, grouping);
        if (rows <= ExactLimit)
        {
            var all = await CustomerRows.ReadAsync(
                connection, kind, (filter.Start, filter.End), (scope.RawAgent, scope.RawTeamKey), null, ct);
            return all
                .GroupBy(row => GroupOf(grouping, row), StringComparer.Ordinal)
                .ToDictionary(
                    group => group.Key,
                    group => (long)group.Select(row => row.CustomerId).Distinct(StringComparer.Ordinal).Count(),
                    StringComparer.Ordinal);
        }

        var cover = TimeCover.Of(filter.Start, filter.End, AggregateSpan.Sketched);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var sketch = await MergeAsync(connection, kind, group, cover, ct);
            counts[AggregateScope.GroupOf(grouping, group.AgentId, group.TeamKey)] = sketch.Estimate();
        }

        return counts;
    }

    private static async Task<CustomerSketch> MergeAsync(
        DbConnection connection, CustomerKind kind, AggregateKey group, TimeCover cover, CancellationToken ct)
    {
        var sketch = new CustomerSketch();
        foreach (var run in cover.Runs)
        {
            var parameters = new
            {
                kind = CustomerRows.Name(kind),
                scope = group.ScopeName,
                minutes = run.Span.Minutes,
                agentId = group.AgentId,
                teamKey = group.TeamKey,
                first = run.First,
                end = run.End,
            };
            var stored = await connection.QueryAsync<byte[]>(
                new CommandDefinition(SelectRun, parameters, cancellationToken: ct));
            stored.AsList().ForEach(registers => sketch.UnionWithStored(registers));
        }

        foreach (var range in cover.Rows)
        {
            var rows = await CustomerRows.ReadAsync(connection, kind, range, group.RawOwner, null, ct);
            rows.AsList().ForEach(row => sketch.Add(row.CustomerId));
        }

        return sketch;
    }

    private static string GroupOf(ReportGrouping grouping, CustomerRow row) =>
        AggregateScope.GroupOf(grouping, row.AgentId, AggregateScope.TeamKey(row.Team));
}
