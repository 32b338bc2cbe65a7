using HappinessApi.Configuration;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Features.Seeding;
using HappinessApi.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HappinessApi.Tests.Features.Seeding;

/// <summary>A migrated SQLite file in a temporary directory, seeded through the seeder class itself.</summary>
public sealed class SampleDatabase : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("happiness-seed-");

    public string DirectoryPath => _directory.FullName;

    public string ConnectionString => $"Data Source={Path.Combine(_directory.FullName, "happiness.db")}";

    public async Task<SeedSummary> SeedAsync(SeedArguments arguments)
    {
        var connections = new SqliteConnectionFactory(Options.Create(new DatabaseOptions
        {
            ConnectionString = ConnectionString,
        }));
        new DatabaseMigrator(connections, NullLogger<DatabaseMigrator>.Instance).Migrate();
        var reasons = new ReasonCatalog(Options.Create(new ReasonOptions()));
        var aggregates = new AggregateRebuilder(connections, NullLogger<AggregateRebuilder>.Instance);
        aggregates.EnsureBuilt();
        var seeder = new SampleDataSeeder(
            connections, aggregates, reasons, new FakeTimeProvider(Now), NullLogger<SampleDataSeeder>.Instance);

        return await seeder.SeedAsync(arguments, CancellationToken.None);
    }

    public SqliteConnection Open() => new(ConnectionString + ";Pooling=False");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
