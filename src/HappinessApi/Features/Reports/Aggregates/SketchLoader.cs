using Dapper;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>
/// Streams every customer in time order and writes each UTC hour's and day's sketches when it is over, so memory
/// holds one day of sketches whatever the size of the database.
/// </summary>
internal sealed class SketchLoader(SqliteConnection connection, SqliteTransaction transaction)
{
    private const string Rated = """
        SELECT i.agent_id, i.team, i.customer_id, r.rated_at AS at
        FROM ratings r
        JOIN invitations i ON i.id = r.invitation_id
        WHERE r.suspect = 0 AND i.customer_id IS NOT NULL
        ORDER BY r.rated_at
        """;

    private const string Invited = """
        SELECT i.agent_id, i.team, i.customer_id, i.created_at AS at
        FROM invitations i
        WHERE i.customer_id IS NOT NULL
        ORDER BY i.created_at
        """;

    private const string Insert = """
        INSERT INTO customer_sketches (kind, scope, minutes, agent_id, team_key, bucket, registers)
        VALUES (@kind, @ScopeName, @minutes, @AgentId, @TeamKey, @bucket, @registers)
        """;

    private readonly Dictionary<AggregateKey, CustomerSketch> _hour = [];

    private readonly Dictionary<AggregateKey, CustomerSketch> _day = [];

    private long _dayBucket;

    public long Written { get; private set; }

    public void Load(CustomerKind kind)
    {
        var rows = connection.Query<(string AgentId, string? Team, string CustomerId, long At)>(
            kind == CustomerKind.Rated ? Rated : Invited, transaction: transaction, buffered: false,
            commandTimeout: 0);
        long? hour = null;
        foreach (var (agentId, team, customerId, at) in rows)
        {
            if (AggregateSpan.Hour.BucketOf(at) != hour)
            {
                Flush(kind, hour);
                hour = AggregateSpan.Hour.BucketOf(at);
            }

            var hash = CustomerSketch.Hash(customerId);
            foreach (var key in AggregateScope.KeysOf(agentId, team))
            {
                SketchOf(_hour, key).AddHash(hash);
            }
        }

        Flush(kind, hour);
        Write(kind, AggregateSpan.Day, _day, _dayBucket);
    }

    private static CustomerSketch SketchOf(Dictionary<AggregateKey, CustomerSketch> sketches, AggregateKey key)
    {
        if (!sketches.TryGetValue(key, out var sketch))
        {
            sketch = new CustomerSketch();
            sketches[key] = sketch;
        }

        return sketch;
    }

    /// <summary>Writes the hour's sketches, and the day's once the next hour starts another day.</summary>
    private void Flush(CustomerKind kind, long? hour)
    {
        if (hour is null)
        {
            return;
        }

        var day = AggregateSpan.Day.BucketOf(hour.Value * AggregateSpan.Hour.Milliseconds);
        if (_day.Count > 0 && _dayBucket != day)
        {
            Write(kind, AggregateSpan.Day, _day, _dayBucket);
        }

        _dayBucket = day;
        foreach (var (key, sketch) in _hour)
        {
            SketchOf(_day, key).UnionWith(sketch.Registers);
        }

        Write(kind, AggregateSpan.Hour, _hour, hour);
    }

    private void Write(
        CustomerKind kind, AggregateSpan span, Dictionary<AggregateKey, CustomerSketch> sketches, long? bucket)
    {
        foreach (var (key, sketch) in sketches)
        {
            var parameters = new
            {
                kind = CustomerRows.Name(kind),
                key.ScopeName,
                minutes = span.Minutes,
                key.AgentId,
                key.TeamKey,
                bucket,
                registers = sketch.ToStored(),
            };
            connection.Execute(Insert, parameters, transaction);
            Written++;
        }

        sketches.Clear();
    }
}
