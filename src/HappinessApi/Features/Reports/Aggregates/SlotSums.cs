using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>Counts of one bucket of a report, for one agent and team key of its scope.</summary>
public sealed record SlotSum(
    long Bucket, string AgentId, string TeamKey, long Great, long Ok, long NotGood, long Invitations)
{
    public SlotSum()
        : this(0, "", "", 0, 0, 0, 0)
    {
    }
}

/// <summary>
/// Adds up the stored counts of any number of buckets of time in one query: each bucket is covered by whole UTC
/// hours and, at its ends, quarter hours, passed to SQLite as JSON so the primary key finds each run.
/// </summary>
internal static class SlotSums
{
    // TODO(#5): a year is 8,760 hour rows per period and a daily trend 365 runs through JSON; the 20 ms p99 at ten
    // million ratings holds only sometimes. Counts per UTC day, and one range read bucketed in code, are next.
    // CROSS JOIN keeps the runs as the outer loop: left to choose, SQLite 3.53 scans the scope's rows and looks
    // through every run for each, which took seconds for a year of days instead of milliseconds.
    private const string Select = """
        WITH runs AS (
            SELECT value ->> 0 AS bucket, value ->> 1 AS minutes, value ->> 2 AS first_slot, value ->> 3 AS end_slot
            FROM json_each(@runs))
        SELECT r.bucket, s.agent_id, s.team_key, SUM(s.great) AS great, SUM(s.ok) AS ok,
               SUM(s.not_good) AS not_good, SUM(s.invitations) AS invitations
        FROM runs r
        CROSS JOIN report_slots s
          ON s.scope = @ScopeName AND s.minutes = r.minutes AND s.slot >= r.first_slot AND s.slot < r.end_slot
        """;

    /// <summary>The sums per bucket and group; buckets are UTC instants in Unix ms, end excluded.</summary>
    public static async Task<IReadOnlyList<SlotSum>> ReadAsync(
        DbConnection connection, AggregateFilter filter, IReadOnlyList<(long Start, long End)> buckets,
        CancellationToken ct)
    {
        var parameters = ParametersOf(filter, buckets);

        var rows = await connection.QueryAsync<SlotSum>(
            new CommandDefinition(SqlOf(filter), parameters, cancellationToken: ct));
        return rows.AsList();
    }

    internal static string SqlOf(AggregateFilter filter) =>
        Select + filter.FixedColumns.Replace("AND ", "AND s.", StringComparison.Ordinal)
        + " GROUP BY r.bucket, s.agent_id, s.team_key";

    internal static object ParametersOf(AggregateFilter filter, IReadOnlyList<(long Start, long End)> buckets) =>
        new { ScopeName = filter.Scope.Name, filter.AgentId, filter.TeamKey, runs = RunsOf(buckets) };

    // Offsets that are not whole quarter hours date from before 1972, long before any rating: what of a bucket
    // falls outside whole quarter hours is left out.
    private static string RunsOf(IReadOnlyList<(long Start, long End)> buckets) => JsonSerializer.Serialize(
        buckets.SelectMany((bucket, index) => TimeCover.Of(bucket.Start, bucket.End, AggregateSpan.Counted).Runs
            .Select(run => new[] { index, run.Span.Minutes, run.First, run.End })));
}
