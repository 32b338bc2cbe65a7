using Dapper;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.ApiKeys;

public sealed class ApiKeyStore(SqliteConnectionFactory connections)
{
    private const string Columns = "id, name, scopes, secret_hash, created_at, revoked_at";

    /// <summary>Stores the key unless an active key has its name; returns whether it was stored.</summary>
    public async Task<bool> InsertAsync(ApiKeyRow row, CancellationToken ct)
    {
        const string insert = $"""
            INSERT INTO api_keys ({Columns})
            VALUES (@Id, @Name, @Scopes, @SecretHash, @CreatedAt, @RevokedAt)
            ON CONFLICT DO NOTHING
            """;

        await using var connection = await connections.OpenAsync(ct);

        return await connection.ExecuteAsync(new CommandDefinition(insert, row, cancellationToken: ct)) == 1;
    }

    public async Task<ApiKeyRow?> FindActiveAsync(string id, CancellationToken ct)
    {
        const string select = $"SELECT {Columns} FROM api_keys WHERE id = @id AND revoked_at IS NULL";

        await using var connection = await connections.OpenAsync(ct);

        return await connection.QuerySingleOrDefaultAsync<ApiKeyRow>(
            new CommandDefinition(select, new { id }, cancellationToken: ct));
    }

    /// <summary>The key with this id, and the active key with this name; at most two.</summary>
    public async Task<IReadOnlyList<ApiKeyRow>> FindByIdOrActiveNameAsync(string target, CancellationToken ct)
    {
        const string select = $"""
            SELECT {Columns} FROM api_keys
            WHERE id = @target OR (name = @target AND revoked_at IS NULL)
            """;

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<ApiKeyRow>(
            new CommandDefinition(select, new { target }, cancellationToken: ct));

        return rows.AsList();
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken ct)
    {
        const string select = $"SELECT {Columns} FROM api_keys ORDER BY created_at, id";

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<ApiKeyRow>(new CommandDefinition(select, cancellationToken: ct));

        return rows.AsList();
    }

    public async Task<bool> RevokeAsync(string id, long revokedAt, CancellationToken ct)
    {
        const string update = "UPDATE api_keys SET revoked_at = @revokedAt WHERE id = @id AND revoked_at IS NULL";

        await using var connection = await connections.OpenAsync(ct);
        var parameters = new { id, revokedAt };

        return await connection.ExecuteAsync(new CommandDefinition(update, parameters, cancellationToken: ct)) == 1;
    }
}
