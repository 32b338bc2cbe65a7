using DbUp;
using DbUp.Engine;

namespace HappinessApi.Infrastructure.Database;

public sealed partial class DatabaseMigrator(SqliteConnectionFactory connections, ILogger<DatabaseMigrator> logger)
{
    public void Migrate()
    {
        EnsureDirectoryExists(connections.DatabasePath);
        EnableWriteAheadLog();

        var result = CreateUpgrader().PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException("Database migration failed.", result.Error);
        }

        var applied = result.Scripts.Count();
        LogMigrated(logger, applied, connections.DatabasePath);
    }

    public bool IsUpToDate() => !CreateUpgrader().IsUpgradeRequired();

    private UpgradeEngine CreateUpgrader()
    {
        return DeployChanges.To
            .SqliteDatabase(connections.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly)
            .WithTransaction()
            .LogToNowhere()
            .Build();
    }

    private void EnableWriteAheadLog()
    {
        using var connection = connections.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    private static void EnsureDirectoryExists(string databasePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Database {DatabasePath} migrated; {ScriptCount} new scripts applied")]
    private static partial void LogMigrated(ILogger logger, int scriptCount, string databasePath);
}
