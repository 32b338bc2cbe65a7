using System.Text.RegularExpressions;

namespace HappinessApi.Features.Tokens;

public sealed partial record TokenKey(string Id, byte[] Secret, bool Retired)
{
    public const int MinSecretBytes = 32;

    public static bool IsValidId(string id) => KeyIdPattern().IsMatch(id);

    public static bool TryDecodeSecret(string secret, out byte[] bytes)
    {
        bytes = [];
        var buffer = new byte[secret.Length];
        if (!Convert.TryFromBase64String(secret, buffer, out var written) || written < MinSecretBytes)
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,16}$")]
    private static partial Regex KeyIdPattern();
}
