using Dapper;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Tests.Infrastructure;

/// <summary>
/// Reads and resets the service's SQLite file directly, to check what a request stored. A reset tells the service,
/// through <paramref name="changed"/>, that reports built before it are stale.
/// </summary>
public sealed class TestDatabase(string path, Action? changed = null)
{
    public async Task ResetAsync()
    {
        await using var connection = Open();
        await connection.ExecuteAsync(
            "DELETE FROM rating_moderations; DELETE FROM rating_events; DELETE FROM rating_reasons; " +
            "DELETE FROM ratings; DELETE FROM invitations; " +
            "DELETE FROM report_slots; DELETE FROM customer_sketches; DELETE FROM report_agents;");
        changed?.Invoke();
    }

    public async Task<StoredCounts> CountAsync()
    {
        const string select = """
            SELECT (SELECT COUNT(*) FROM invitations) AS Invitations,
                   (SELECT COUNT(*) FROM ratings) AS Ratings,
                   (SELECT COUNT(*) FROM rating_events) AS Events
            """;

        await using var connection = Open();
        return await connection.QuerySingleAsync<StoredCounts>(select);
    }

    public async Task<IReadOnlyList<string>> EventRatingsAsync()
    {
        await using var connection = Open();
        var ratings = await connection.QueryAsync<string>("SELECT rating FROM rating_events ORDER BY id");
        return ratings.AsList();
    }

    public async Task<IReadOnlyList<string>> ReasonsAsync()
    {
        await using var connection = Open();
        var reasons = await connection.QueryAsync<string>("SELECT reason FROM rating_reasons ORDER BY reason");
        return reasons.AsList();
    }

    public async Task<string?> CurrentCommentAsync()
    {
        await using var connection = Open();
        return await connection.QuerySingleOrDefaultAsync<string?>("SELECT comment FROM ratings");
    }

    public async Task<string> IntegrityCheckAsync()
    {
        await using var connection = Open();
        return await connection.QuerySingleAsync<string>("PRAGMA integrity_check");
    }

    public async Task<IReadOnlyList<string>> TableNamesAsync()
    {
        await using var connection = Open();
        var names = await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
        return names.AsList();
    }

    private SqliteConnection Open() => new($"Data Source={path};Pooling=False");
}

public sealed record StoredCounts(long Invitations, long Ratings, long Events)
{
    public static readonly StoredCounts Empty = new(0, 0, 0);
}
