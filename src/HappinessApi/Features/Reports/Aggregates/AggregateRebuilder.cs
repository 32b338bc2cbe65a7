using System.Diagnostics;
using Dapper;
using HappinessApi.Infrastructure.Database;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>
/// Computes the report aggregates afresh from the ratings and invitations: once on a database that has data from
/// before the aggregates existed, and after the seed command, which writes rows without them.
/// </summary>
public sealed class AggregateRebuilder(SqliteConnectionFactory connections, ILogger<AggregateRebuilder> logger)
{
    private const int Version = 1;

    /// <summary>Rebuilds unless this version of the aggregates was built before.</summary>
    public void EnsureBuilt()
    {
        using var connection = connections.Open();
        var built = connection.ExecuteScalar<bool>(
            "SELECT EXISTS (SELECT 1 FROM report_aggregate_builds WHERE version = @Version)", new { Version });
        if (!built)
        {
            Rebuild(connection);
        }
    }

    public void Rebuild()
    {
        using var connection = connections.Open();
        Rebuild(connection);
    }

    /// <summary>Rebuilds on the caller's connection, with whatever pragmas it set for a bulk load.</summary>
    public void Rebuild(SqliteConnection connection)
    {
        var stopwatch = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            "DELETE FROM report_slots; DELETE FROM customer_sketches; DELETE FROM report_agents;",
            transaction: transaction);
        connection.Execute(SlotCounts.AgentNames, transaction: transaction, commandTimeout: 0);

        foreach (var (scope, span) in AggregateScope.Each.SelectMany(
            scope => AggregateSpan.Counted.Select(span => (scope, span))))
        {
            connection.Execute(SlotCounts.RatingsOf(scope, span), transaction: transaction, commandTimeout: 0);
            connection.Execute(SlotCounts.InvitationsOf(scope, span), transaction: transaction, commandTimeout: 0);
        }

        var sketches = new SketchLoader(connection, transaction);
        sketches.Load(CustomerKind.Rated);
        sketches.Load(CustomerKind.Invited);

        connection.Execute(
            "INSERT OR REPLACE INTO report_aggregate_builds (version, built_at) VALUES (@Version, @builtAt)",
            new { Version, builtAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() },
            transaction);
        transaction.Commit();
        AggregateLog.Rebuilt(logger, sketches.Written, stopwatch.Elapsed.TotalSeconds);
    }
}
