using System.Data.Common;
using Dapper;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>Adds customers to the stored day sketches, and counts a day again when one has to leave it.</summary>
internal sealed class CustomerSketchWriter(DbConnection connection, DbTransaction transaction, CancellationToken ct)
{
    private const string Select = """
        SELECT registers FROM customer_sketches
        WHERE kind = @kind AND scope = @ScopeName AND agent_id = @AgentId AND team_key = @TeamKey AND day = @day
        """;

    private const string Save = """
        INSERT INTO customer_sketches (kind, scope, agent_id, team_key, day, registers)
        VALUES (@kind, @ScopeName, @AgentId, @TeamKey, @day, @registers)
        ON CONFLICT DO UPDATE SET registers = excluded.registers
        """;

    private const string Delete = """
        DELETE FROM customer_sketches
        WHERE kind = @kind AND scope = @ScopeName AND agent_id = @AgentId AND team_key = @TeamKey AND day = @day
        """;

    public async Task AddAsync(CustomerKind kind, InvitationFacts facts, long day)
    {
        if (facts.CustomerId is null)
        {
            return;
        }

        var hash = CustomerSketch.Hash(facts.CustomerId);
        foreach (var key in AggregateScope.KeysOf(facts.AgentId, facts.Team))
        {
            var stored = await connection.QuerySingleOrDefaultAsync<byte[]>(Command(Select, kind, key, day));
            var sketch = stored is null ? new CustomerSketch() : CustomerSketch.FromRegisters(stored);

            // Once a day has many customers, most additions leave every register as it was: nothing to write.
            if (sketch.AddHash(hash))
            {
                await connection.ExecuteAsync(Command(Save, kind, key, day, sketch.Registers.ToArray()));
            }
        }
    }

    public async Task RebuildRatedDayAsync(InvitationFacts facts, long day)
    {
        var span = (day * AggregateWriter.DayMilliseconds, (day + 1) * AggregateWriter.DayMilliseconds);
        foreach (var key in AggregateScope.KeysOf(facts.AgentId, facts.Team))
        {
            var rows = await CustomerRows.ReadAsync(
                connection, CustomerKind.Rated, span, key.RawOwner, transaction, ct);

            var sketch = new CustomerSketch();
            rows.ToList().ForEach(row => sketch.Add(row.CustomerId));
            await connection.ExecuteAsync(rows.Count == 0
                ? Command(Delete, CustomerKind.Rated, key, day)
                : Command(Save, CustomerKind.Rated, key, day, sketch.Registers.ToArray()));
        }
    }

    private CommandDefinition Command(
        string sql, CustomerKind kind, AggregateKey key, long day, byte[]? registers = null)
    {
        var parameters = new
        {
            kind = CustomerRows.Name(kind),
            key.ScopeName,
            key.AgentId,
            key.TeamKey,
            day,
            registers,
        };
        return new CommandDefinition(sql, parameters, transaction, cancellationToken: ct);
    }
}
