using HappinessApi.Configuration;
using HappinessApi.Features.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HappinessApi.Tests.Features.Tokens;

/// <summary>A codec over an in-memory key ring and a fake clock.</summary>
public sealed class TokenTestKit
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public TokenTestKit(params TokenKey[] keys)
    {
        Keys = keys.Length > 0 ? keys : [NewKey("k1")];
        Codec = CreateCodec(Keys[0].Id, Keys);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public TokenKey[] Keys { get; }

    public RatingTokenCodec Codec { get; }

    public static TokenKey NewKey(string id, bool retired = false) =>
        new(id, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), retired);

    public static RatingTokenClaims Claims(DateTimeOffset issuedAt, TimeSpan lifetime) => new(
        new byte[16],
        "T-1",
        "r1",
        "agent-7",
        issuedAt,
        issuedAt + lifetime);

    public RatingTokenCodec CreateCodec(string activeKeyId, IEnumerable<TokenKey> keys) =>
        new(new TokenKeyRing(activeKeyId, keys), Time, Options.Create(new TokenOptions()));
}
