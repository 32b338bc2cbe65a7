using System.Data.Common;
using Dapper;
using HappinessApi.Features.Reports.Figures;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>
/// Counts distinct customers per group. Up to <see cref="ExactLimit"/> rows the count is exact, read from the
/// ratings or invitations themselves; above, whole UTC days come from the stored day sketches and the partial
/// days at either end (a local day rarely starts at UTC midnight) from the rows, merged into one estimate.
/// </summary>
internal static class CustomerCounter
{
    public const long ExactLimit = 5_000;

    private const string SelectSketches = """
        SELECT agent_id, team_key, registers FROM customer_sketches
        WHERE kind = @kind AND scope = @ScopeName AND day >= @firstDay AND day < @endDay
        """;

    public static async Task<Dictionary<string, long>> CountAsync(
        DbConnection connection, CustomerKind kind, ReportFilter filter, ReportGrouping grouping, long rows,
        CancellationToken ct)
    {
        var scope = AggregateFilter.Of(filter, grouping);
        var firstDay = DayAtOrAfter(filter.Start);
        var endDay = Math.Max(firstDay, DayOf(filter.End));
        var sketches = new Dictionary<string, CustomerSketch>(StringComparer.Ordinal);
        if (rows <= ExactLimit || firstDay == endDay)
        {
            return await ExactAsync(connection, kind, filter, grouping, scope, ct);
        }

        await AddDaysAsync(connection, kind, scope, grouping, (firstDay, endDay), sketches, ct);

        var head = (filter.Start, firstDay * AggregateWriter.DayMilliseconds);
        var tail = (endDay * AggregateWriter.DayMilliseconds, filter.End);
        foreach (var span in new[] { head, tail })
        {
            var edge = await CustomerRows.ReadAsync(connection, kind, span, Owner(scope), null, ct);
            edge.ToList().ForEach(row => SketchOf(sketches, GroupOf(grouping, row)).Add(row.CustomerId));
        }

        return sketches.ToDictionary(pair => pair.Key, pair => pair.Value.Estimate(), StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, long>> ExactAsync(
        DbConnection connection, CustomerKind kind, ReportFilter filter, ReportGrouping grouping,
        AggregateFilter scope, CancellationToken ct)
    {
        var rows = await CustomerRows.ReadAsync(connection, kind, (filter.Start, filter.End), Owner(scope), null, ct);

        return rows
            .GroupBy(row => GroupOf(grouping, row), StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => (long)group.Select(row => row.CustomerId).Distinct(StringComparer.Ordinal).Count(),
                StringComparer.Ordinal);
    }

    private static async Task AddDaysAsync(
        DbConnection connection, CustomerKind kind, AggregateFilter scope, ReportGrouping grouping,
        (long First, long End) days, Dictionary<string, CustomerSketch> sketches, CancellationToken ct)
    {
        var parameters = new
        {
            kind = CustomerRows.Name(kind),
            ScopeName = scope.Scope.Name,
            scope.AgentId,
            scope.TeamKey,
            firstDay = days.First,
            endDay = days.End,
        };
        var sql = SelectSketches + scope.FixedColumns;
        var rows = await connection.QueryAsync<(string AgentId, string TeamKey, byte[] Registers)>(
            new CommandDefinition(sql, parameters, cancellationToken: ct));

        foreach (var (agentId, teamKey, registers) in rows)
        {
            SketchOf(sketches, AggregateScope.GroupOf(grouping, agentId, teamKey)).UnionWith(registers);
        }
    }

    private static (string? Agent, string? TeamKey) Owner(AggregateFilter scope) => (scope.RawAgent, scope.RawTeamKey);

    private static string GroupOf(ReportGrouping grouping, CustomerRow row) =>
        AggregateScope.GroupOf(grouping, row.AgentId, AggregateScope.TeamKey(row.Team));

    private static CustomerSketch SketchOf(Dictionary<string, CustomerSketch> sketches, string group)
    {
        if (!sketches.TryGetValue(group, out var sketch))
        {
            sketch = new CustomerSketch();
            sketches[group] = sketch;
        }

        return sketch;
    }

    /// <summary>The UTC day the instant falls on.</summary>
    private static long DayOf(long instant)
    {
        var (day, rest) = Math.DivRem(instant, AggregateWriter.DayMilliseconds);

        return rest < 0 ? day - 1 : day;
    }

    /// <summary>The first UTC day that starts at or after the instant.</summary>
    private static long DayAtOrAfter(long instant)
    {
        var (day, rest) = Math.DivRem(instant, AggregateWriter.DayMilliseconds);

        return rest > 0 ? day + 1 : day;
    }
}
