using System.Globalization;
using HappinessApi.Infrastructure.Auth;

namespace HappinessApi.Features.ApiKeys;

/// <summary>Creates, revokes and lists the stored API keys; only <c>create</c> shows a key, and only once.</summary>
public sealed class ApiKeyCommands(
    ApiKeyStore store, ApiKeyRing configured, TimeProvider time, ILogger<ApiKeyCommands> logger)
{
    public const int Refused = 1;

    public Task<int> RunAsync(KeysArguments arguments, TextWriter output, TextWriter error, CancellationToken ct) =>
        arguments switch
        {
            CreateKeyArguments create => CreateAsync(create, output, error, ct),
            RevokeKeyArguments revoke => RevokeAsync(revoke.Target, output, error, ct),
            _ => ListAsync(output, ct),
        };

    private async Task<int> CreateAsync(
        CreateKeyArguments arguments, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (IsConfigured(arguments.Name))
        {
            await error.WriteLineAsync($"A key from configuration is named '{arguments.Name}'; choose another name.");
            return Refused;
        }

        var (id, key) = ApiKeySecret.Generate();
        var scopes = string.Join(' ', arguments.Scopes);
        var row = new ApiKeyRow(id, arguments.Name, scopes, ApiKeySecret.Hash(key), Now(), RevokedAt: null);
        if (!await store.InsertAsync(row, ct))
        {
            await error.WriteLineAsync(
                $"An active key is already named '{arguments.Name}'; revoke it first or choose another name.");
            return Refused;
        }

        ApiKeysLog.Created(logger, id, arguments.Name, scopes);
        await output.WriteLineAsync(
            $"Created API key '{arguments.Name}' with id {id} and scopes {string.Join(", ", arguments.Scopes)}.");
        await output.WriteLineAsync($"Key: {key}");
        await output.WriteLineAsync("This is the only time the key is shown; only its hash is stored.");
        return 0;
    }

    private async Task<int> RevokeAsync(string target, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var matches = await store.FindByIdOrActiveNameAsync(target, ct);
        var refusal = matches.Count switch
        {
            0 when IsConfigured(target) =>
                $"'{target}' is a key from configuration; remove it from Auth:Keys and restart the service.",
            0 => $"No API key has the id or name '{target}'.",
            > 1 => $"'{target}' is one key's id and another key's name; revoke by id.",
            _ => null,
        };
        if (refusal is not null)
        {
            await error.WriteLineAsync(refusal);
            return Refused;
        }

        var key = matches[0];
        if (!await store.RevokeAsync(key.Id, Now(), ct))
        {
            await output.WriteLineAsync($"API key '{key.Name}' ({key.Id}) was already revoked.");
            return 0;
        }

        ApiKeysLog.Revoked(logger, key.Id, key.Name);
        await output.WriteLineAsync($"Revoked API key '{key.Name}' ({key.Id}); requests with it are now refused.");
        return 0;
    }

    private async Task<int> ListAsync(TextWriter output, CancellationToken ct)
    {
        var stored = await store.ListAsync(ct);
        var rows = stored
            .Select(key => new[]
            {
                key.Id, key.Name, string.Join(',', key.ScopeList), Format(key.CreatedAt), Format(key.RevokedAt),
            })
            .Concat(configured.Keys.Select(key => new[]
            {
                key.Id, key.Name, string.Join(',', key.Scopes), "configuration", "-",
            }))
            .ToList();
        if (rows.Count == 0)
        {
            await output.WriteLineAsync("No API keys yet. Create one with: keys create --name <name> --scopes <scope>");
            return 0;
        }

        TextTable.Write(output, ["ID", "NAME", "SCOPES", "CREATED (UTC)", "REVOKED (UTC)"], rows);
        return 0;
    }

    private bool IsConfigured(string name) => configured.Keys.Any(key => key.Name == name);

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static string Format(long? unixMilliseconds) => unixMilliseconds is { } value
        ? DateTimeOffset.FromUnixTimeMilliseconds(value).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
        : "-";
}
