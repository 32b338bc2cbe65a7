using System.Security.Cryptography;
using System.Text;
using HappinessApi.Configuration;
using Microsoft.Extensions.Options;

namespace HappinessApi.Infrastructure.Auth;

/// <summary>The configured API keys, hashed once at start rather than on every request.</summary>
public sealed class ApiKeyRing(IOptions<AuthOptions> options)
{
    private readonly (byte[] Hash, ApiKeyIdentity Key)[] _keys =
        [.. options.Value.Keys.Select(key => (Hash(key.Key), ToIdentity(key)))];

    public IEnumerable<ApiKeyIdentity> Keys => _keys.Select(entry => entry.Key);

    public ApiKeyIdentity? Find(string presented)
    {
        var presentedHash = Hash(presented);

        // Every configured key is compared, in constant time, so timing tells nothing about which matched.
        ApiKeyIdentity? match = null;
        foreach (var (hash, key) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presentedHash, hash))
            {
                match = key;
            }
        }

        return match;
    }

    private static ApiKeyIdentity ToIdentity(ApiKeyOptions key) =>
        new(ApiKeyIdentity.ConfiguredIdPrefix + key.Name, key.Name, key.Scopes);

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
