using System.Security.Cryptography;

namespace HappinessApi.Features.Webhooks;

/// <summary>Signing secrets as the Standard Webhooks specification writes them: whsec_ and base64.</summary>
public static class WebhookSecrets
{
    public const string Prefix = "whsec_";

    public const int MinBytes = 24;

    public const int MaxBytes = 64;

    private const int GeneratedBytes = 32;

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeneratedBytes));

    public static bool IsValid(string secret)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > Prefix.Length + 4 * MaxBytes)
        {
            return false;
        }

        var buffer = new byte[MaxBytes];
        return Convert.TryFromBase64String(secret[Prefix.Length..], buffer, out var length)
            && length >= MinBytes;
    }
}
