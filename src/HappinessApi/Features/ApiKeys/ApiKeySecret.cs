using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace HappinessApi.Features.ApiKeys;

/// <summary>
/// A stored API key reads <c>hk_&lt;id&gt;_&lt;secret&gt;</c>: the id finds its row, the secret's 256 random bits
/// make a fast hash safe to store, and the prefix tells it apart from a configured key.
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "hk_";

    private const int IdBytes = 8;

    private const int SecretBytes = 32;

    private static readonly int IdLength = IdBytes * 2;

    private static readonly int KeyLength = Prefix.Length + IdLength + 1 + Base64Url.GetEncodedLength(SecretBytes);

    public static (string Id, string Key) Generate()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>Reads the id out of a presented key, or returns null when it is not shaped like a stored key.</summary>
    public static string? ReadId(string presented)
    {
        if (presented.Length != KeyLength
            || !presented.StartsWith(Prefix, StringComparison.Ordinal)
            || presented[Prefix.Length + IdLength] != '_')
        {
            return null;
        }

        var id = presented.Substring(Prefix.Length, IdLength);

        return id.All(char.IsAsciiHexDigitLower) ? id : null;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
