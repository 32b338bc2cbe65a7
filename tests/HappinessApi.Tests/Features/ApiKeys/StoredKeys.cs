using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Tests.Features.ApiKeys;

/// <summary>Reads the api_keys table, and the raw database files, of a test service.</summary>
public sealed class StoredKeys(string databasePath)
{
    /// <summary>The newest key with this name, the active one first.</summary>
    public async Task<StoredKey> ReadAsync(string name)
    {
        const string select = """
            SELECT id, scopes, secret_hash AS SecretHash, created_at AS CreatedAt, revoked_at AS RevokedAt
            FROM api_keys WHERE name = @name ORDER BY revoked_at IS NULL DESC, created_at DESC LIMIT 1
            """;

        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        return await connection.QuerySingleAsync<StoredKey>(select, new { name });
    }

    /// <summary>Whether the text appears anywhere in the database file or its write-ahead log.</summary>
    public async Task<bool> FilesHoldAsync(string text)
    {
        var sought = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { databasePath, databasePath + "-wal" }.Where(File.Exists))
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            if (copy.ToArray().AsSpan().IndexOf(sought) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

public sealed record StoredKey(string Id, string Scopes, byte[] SecretHash, long CreatedAt, long? RevokedAt);
