using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HappinessApi.Features.Tokens;

namespace HappinessApi.Features.Landing;

/// <summary>
/// A signed note of when the rating form was served, sent back with the form, so that a form
/// posted implausibly soon after its page, as mail scanners do, can be told apart with no state kept.
/// </summary>
public sealed class FormStamp(TokenKeyRing keys, TimeProvider time)
{
    private const string Purpose = "happiness-api/form-stamp/v1";

    public string Issue(string token)
    {
        var servedAt = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

        return $"{servedAt}.{Mac(token, servedAt)}";
    }

    /// <summary>How long ago the form was served, or null when the stamp is missing or not ours.</summary>
    public TimeSpan? Age(string token, string? stamp)
    {
        var parts = stamp?.Split('.');
        if (parts is not { Length: 2 }
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var servedAt))
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Mac(token, parts[0]));
        var given = Encoding.ASCII.GetBytes(parts[1]);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return null;
        }

        return time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(servedAt);
    }

    private string Mac(string token, string servedAt)
    {
        var message = Encoding.UTF8.GetBytes($"{Purpose}\0{token}\0{servedAt}");

        return Base64Url.EncodeToString(HMACSHA256.HashData(keys.Active.Secret, message));
    }
}
