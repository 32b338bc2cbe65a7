using System.Security.Cryptography;
using System.Text;
using HappinessApi.Configuration;
using Microsoft.Extensions.Options;

namespace HappinessApi.Infrastructure.Auth;

/// <summary>The configured API keys, hashed once at start rather than on every request.</summary>
public sealed class ApiKeyRing(IOptions<AuthOptions> options)
{
    private readonly (byte[] Hash, ApiKeyOptions Key)[] _keys =
        [.. options.Value.Keys.Select(key => (Hash(key.Key), key))];

    public ApiKeyOptions? Find(string presented)
    {
        var presentedHash = Hash(presented);

        // Every configured key is compared, in constant time, so timing tells nothing about which matched.
        ApiKeyOptions? match = null;
        foreach (var (hash, key) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presentedHash, hash))
            {
                match = key;
            }
        }

        return match;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
