using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using HappinessApi.Configuration;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Tokens;

/// <summary>
/// Signs and verifies rating tokens: <c>hr1.{keyId}.{payload}.{mac}</c>, base64url without padding,
/// MAC = HMAC-SHA-256 over the purpose string, a zero byte, and everything before the last dot.
/// </summary>
public sealed class RatingTokenCodec(TokenKeyRing keys, TimeProvider time, IOptions<TokenOptions> options)
{
    public const string Version = "hr1";

    public const string Purpose = "happiness-api/rating-token/v1";

    /// <summary>Every token is shorter than this.</summary>
    public const int MaxLength = 200;

    private const int MacBytes = 32;

    private readonly TimeSpan _allowedSkew = options.Value.AllowedClockSkew;

    private readonly TimeSpan _maxLifetime = options.Value.MaxLifetime;

    public string Sign(RatingTokenClaims claims)
    {
        var key = keys.Active;
        var signed = $"{Version}.{key.Id}.{Base64Url.EncodeToString(TokenPayload.Write(claims))}";

        return $"{signed}.{Base64Url.EncodeToString(ComputeMac(key.Secret, signed))}";
    }

    public TokenVerification Verify(string? token)
    {
        if (token is null || token.Length >= MaxLength)
        {
            return TokenVerification.Invalid;
        }

        var parts = token.Split('.');
        if (parts.Length != 4 || parts[0] != Version || keys.FindVerifying(parts[1]) is not { } key)
        {
            return TokenVerification.Invalid;
        }

        var payload = StrictBase64Url.TryDecode(parts[2]);
        var mac = StrictBase64Url.TryDecode(parts[3]);
        if (payload is null || mac is not { Length: MacBytes })
        {
            return TokenVerification.Invalid;
        }

        var expected = ComputeMac(key.Secret, token[..token.LastIndexOf('.')]);
        if (!CryptographicOperations.FixedTimeEquals(expected, mac))
        {
            return TokenVerification.Invalid;
        }

        return CheckClaims(TokenPayload.TryRead(payload));
    }

    private TokenVerification CheckClaims(RatingTokenClaims? claims)
    {
        var now = time.GetUtcNow();
        if (claims is null || claims.IssuedAt > now + _allowedSkew || claims.ExpiresAt - claims.IssuedAt > _maxLifetime)
        {
            return TokenVerification.Invalid;
        }

        return claims.ExpiresAt <= now ? TokenVerification.Expired : TokenVerification.Valid(claims);
    }

    private static byte[] ComputeMac(byte[] secret, string signed)
    {
        var message = Encoding.ASCII.GetBytes($"{Purpose}\0{signed}");

        return HMACSHA256.HashData(secret, message);
    }
}
