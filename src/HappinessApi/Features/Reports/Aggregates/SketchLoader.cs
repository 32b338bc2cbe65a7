using Dapper;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>
/// Streams every customer in time order and writes each UTC day's sketches when the day is over, so memory holds
/// one day of sketches whatever the size of the database.
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
        INSERT INTO customer_sketches (kind, scope, agent_id, team_key, day, registers)
        VALUES (@kind, @ScopeName, @AgentId, @TeamKey, @day, @registers)
        """;

    private readonly Dictionary<AggregateKey, CustomerSketch> _day = [];

    public long Written { get; private set; }

    public void Load(CustomerKind kind)
    {
        var rows = connection.Query<(string AgentId, string? Team, string CustomerId, long At)>(
            kind == CustomerKind.Rated ? Rated : Invited, transaction: transaction, buffered: false,
            commandTimeout: 0);
        long? current = null;
        foreach (var (agentId, team, customerId, at) in rows)
        {
            var day = at / AggregateWriter.DayMilliseconds;
            if (day != current)
            {
                Flush(kind, current);
                current = day;
            }

            var hash = CustomerSketch.Hash(customerId);
            foreach (var key in AggregateScope.KeysOf(agentId, team))
            {
                SketchOf(key).AddHash(hash);
            }
        }

        Flush(kind, current);
    }

    private CustomerSketch SketchOf(AggregateKey key)
    {
        if (!_day.TryGetValue(key, out var sketch))
        {
            sketch = new CustomerSketch();
            _day[key] = sketch;
        }

        return sketch;
    }

    private void Flush(CustomerKind kind, long? day)
    {
        foreach (var (key, sketch) in _day)
        {
            var parameters = new
            {
                kind = CustomerRows.Name(kind),
                key.ScopeName,
                key.AgentId,
                key.TeamKey,
                day,
                registers = sketch.Registers.ToArray(),
            };
            connection.Execute(Insert, parameters, transaction);
            Written++;
        }

        _day.Clear();
    }
}
