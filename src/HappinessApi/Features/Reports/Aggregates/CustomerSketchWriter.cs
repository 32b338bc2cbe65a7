using System.Data.Common;
using Dapper;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>Adds customers to the stored sketches, and counts a span again when one has to leave it.</summary>
internal sealed class CustomerSketchWriter(DbConnection connection, DbTransaction transaction, CancellationToken ct)
{
    private const string Key = """
        kind = @kind AND scope = @ScopeName AND minutes = @minutes AND agent_id = @AgentId AND team_key = @TeamKey
          AND bucket = @bucket
        """;

    private const string Select = $"SELECT registers FROM customer_sketches WHERE {Key}";

    private const string Save = """
        INSERT INTO customer_sketches (kind, scope, minutes, agent_id, team_key, bucket, registers)
        VALUES (@kind, @ScopeName, @minutes, @AgentId, @TeamKey, @bucket, @registers)
        ON CONFLICT DO UPDATE SET registers = excluded.registers
        """;

    private const string Delete = $"DELETE FROM customer_sketches WHERE {Key}";

    public async Task AddAsync(CustomerKind kind, InvitationFacts facts, long instant)
    {
        if (facts.CustomerId is null)
        {
            return;
        }

        var hash = CustomerSketch.Hash(facts.CustomerId);
        foreach (var span in AggregateSpan.Sketched)
        {
            foreach (var key in AggregateScope.KeysOf(facts.AgentId, facts.Team))
            {
                var place = new SketchPlace(kind, key, span, span.BucketOf(instant));
                var stored = await connection.QuerySingleOrDefaultAsync<byte[]>(Command(Select, place));
                var sketch = stored is null ? new CustomerSketch() : CustomerSketch.FromStored(stored);

                // Once a span has many customers, most additions leave every register as it was: nothing to write.
                if (sketch.AddHash(hash))
                {
                    await connection.ExecuteAsync(Command(Save, place, sketch.ToStored()));
                }
            }
        }
    }

    /// <summary>Counts the day and the hour of the instant again from the counted ratings.</summary>
    public async Task RebuildRatedAsync(InvitationFacts facts, long instant)
    {
        foreach (var span in AggregateSpan.Sketched)
        {
            var bucket = span.BucketOf(instant);
            var range = (bucket * span.Milliseconds, (bucket + 1) * span.Milliseconds);
            foreach (var key in AggregateScope.KeysOf(facts.AgentId, facts.Team))
            {
                var rows = await CustomerRows.ReadAsync(
                    connection, CustomerKind.Rated, range, key.RawOwner, transaction, ct);

                var sketch = new CustomerSketch();
                rows.ToList().ForEach(row => sketch.Add(row.CustomerId));
                var place = new SketchPlace(CustomerKind.Rated, key, span, bucket);
                await connection.ExecuteAsync(
                    rows.Count == 0 ? Command(Delete, place) : Command(Save, place, sketch.ToStored()));
            }
        }
    }

    private CommandDefinition Command(string sql, SketchPlace place, byte[]? registers = null)
    {
        var parameters = new
        {
            kind = CustomerRows.Name(place.Kind),
            place.Key.ScopeName,
            minutes = place.Span.Minutes,
            place.Key.AgentId,
            place.Key.TeamKey,
            bucket = place.Bucket,
            registers,
        };
        return new CommandDefinition(sql, parameters, transaction, cancellationToken: ct);
    }

    private sealed record SketchPlace(CustomerKind Kind, AggregateKey Key, AggregateSpan Span, long Bucket);
}
