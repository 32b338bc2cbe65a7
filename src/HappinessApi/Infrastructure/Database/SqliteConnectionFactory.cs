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
