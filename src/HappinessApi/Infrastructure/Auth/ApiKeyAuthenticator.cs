using System.Security.Cryptography;
using HappinessApi.Features.ApiKeys;

namespace HappinessApi.Infrastructure.Auth;

/// <summary>
/// Finds the key a request presents: among the configured keys, then in the database on every request,
/// so a key revoked with <c>keys revoke</c> is refused at once by every running instance.
/// </summary>
public sealed class ApiKeyAuthenticator(ApiKeyRing configured, ApiKeyStore stored)
{
    public async Task<ApiKeyIdentity?> FindAsync(string presented, CancellationToken ct)
    {
        if (configured.Find(presented) is { } key)
        {
            return key;
        }

        var id = ApiKeySecret.ReadId(presented);
        if (id is null)
        {
            return null;
        }

        var row = await stored.FindActiveAsync(id, ct);
        if (row is null || !CryptographicOperations.FixedTimeEquals(ApiKeySecret.Hash(presented), row.SecretHash))
        {
            return null;
        }

        return new ApiKeyIdentity(row.Id, row.Name, row.ScopeList);
    }
}
