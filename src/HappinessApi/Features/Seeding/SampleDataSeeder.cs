using System.Diagnostics;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Infrastructure.Database;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Features.Seeding;

/// <summary>Fills the database with sample invitations and ratings, for a first report or a benchmark.</summary>
public sealed class SampleDataSeeder(
    SqliteConnectionFactory connections,
    AggregateRebuilder aggregates,
    ReasonCatalog reasons,
    TimeProvider time,
    ILogger<SampleDataSeeder> logger)
{
    private const int ProgressEvery = 1_000_000;

    // Only for seeding, never for the service: without fsyncs a power cut mid-load may lose or damage what was
    // written, but it is sample data that can be made again, and the load runs several times faster. WAL stays
    // on. Each invitation is written before its rating, so foreign-key checks would only add a lookup per row.
    // The larger cache keeps the growing indexes in memory.
    private const string LoadPragmas = """
        PRAGMA synchronous = OFF;
        PRAGMA foreign_keys = OFF;
        PRAGMA cache_size = -262144;
        """;

    public async Task<SeedSummary> SeedAsync(SeedArguments arguments, CancellationToken ct)
    {
        var random = arguments.RandomSeed is { } seed ? new Random(seed) : new Random();
        var reasonCodes = reasons.All.Select(reason => reason.Code).ToList();
        var generator = new SampleGenerator(random, arguments, reasonCodes, time.GetUtcNow());
        var stopwatch = Stopwatch.StartNew();
        SeedLog.Starting(logger, generator.RatingCount, generator.InvitationCount, arguments.Days,
            connections.DatabasePath);

        await using var connection = await connections.OpenAsync(ct);
        await RunAsync(connection, LoadPragmas, ct);
        var rowCount = Write(connection, generator, stopwatch, ct);
        aggregates.Rebuild(connection);
        await RunAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", ct);

        // The pragmas above must not reach the service through a pooled connection.
        SqliteConnection.ClearPool(connection);

        var seconds = stopwatch.Elapsed.TotalSeconds;
        SeedLog.Finished(logger, generator.RatingCount, generator.InvitationCount, rowCount, seconds,
            rowCount / seconds);
        return new SeedSummary(generator.InvitationCount, generator.RatingCount, rowCount, stopwatch.Elapsed);
    }

    private long Write(
        SqliteConnection connection, SampleGenerator generator, Stopwatch stopwatch, CancellationToken ct)
    {
        using var writer = new SeedWriter(connection);
        var rated = 0L;
        foreach (var invitation in generator.Invitations())
        {
            ct.ThrowIfCancellationRequested();
            writer.Write(invitation);
            if (invitation.Rating is null || ++rated % ProgressEvery != 0)
            {
                continue;
            }

            SeedLog.Progress(logger, rated, stopwatch.Elapsed.TotalSeconds);
        }

        writer.Commit();
        return writer.RowCount;
    }

    private static async Task RunAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}

public sealed record SeedSummary(long Invitations, long Ratings, long Rows, TimeSpan Elapsed);
