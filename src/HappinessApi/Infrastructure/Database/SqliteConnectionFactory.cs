using HappinessApi.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HappinessApi.Infrastructure.Database;

public sealed class SqliteConnectionFactory(IOptions<DatabaseOptions> options)
{
    // FULL makes a committed transaction survive power loss in WAL mode, which a 2xx promises.
    private const string ConnectionPragmas = """
        PRAGMA synchronous = FULL;
        PRAGMA foreign_keys = ON;
        PRAGMA busy_timeout = 5000;
        """;

    public string ConnectionString { get; } = options.Value.ConnectionString;

    public string DatabasePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    /// <summary>Opens a connection for start-up and commands, where nothing else waits on the thread.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();

        using var command = connection.CreateCommand();
        command.CommandText = ConnectionPragmas;
        command.ExecuteNonQuery();

        return connection;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);

        await using var command = connection.CreateCommand();
        command.CommandText = ConnectionPragmas;
        await command.ExecuteNonQueryAsync(ct);

        return connection;
    }
}
