using CsCheck;
using HappinessApi.Features.Tokens;

namespace HappinessApi.Tests.Features.Tokens;

public sealed class RatingTokenPropertyTests
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    // References are well-formed Unicode without control characters, as the API and the parser require.
    private static readonly Gen<string> Reference =
        Gen.String[Gen.Char.Where(character => !char.IsSurrogate(character) && !char.IsControl(character)), 0, 16];

    private static readonly Gen<RatingTokenClaims> Claims = Gen.Select(
        Gen.Byte.Array[16],
        Reference.Where(ticket => ticket.Length > 0),
        Reference,
        Reference.Where(agent => agent.Length > 0),
        Gen.Int[-86_400, 0],
        Gen.Int[86_400 + 3_600, 90 * 86_400],
        (tokenId, ticket, reply, agent, issuedOffset, lifetime) => new RatingTokenClaims(
            tokenId,
            ticket,
            reply,
            agent,
            TokenTestKit.Start.AddSeconds(issuedOffset),
            TokenTestKit.Start.AddSeconds(issuedOffset + lifetime)))
        .Where(claims => System.Text.Encoding.UTF8.GetByteCount(claims.TicketId + claims.ReplyId + claims.AgentId)
            <= RatingTokenClaims.MaxReferenceBytes);

    [Test]
    public void ReturnsSignedClaims_WhenAnyValidClaimsRoundTrip()
    {
        var kit = new TokenTestKit();

        Claims.Sample(claims =>
        {
            var verified = kit.Codec.Verify(kit.Codec.Sign(claims)).Claims;

            return verified is not null
                && verified.TokenId.SequenceEqual(claims.TokenId)
                && verified with { TokenId = claims.TokenId } == claims;
        });
    }

    [Test]
    public void RefusesToken_WhenAnySingleCharacterIsReplaced()
    {
        var kit = new TokenTestKit();
        var tampering = Gen.Select(Claims, Gen.Int[0, 1000], Gen.Char);

        tampering.Sample((claims, position, replacement) =>
        {
            var token = kit.Codec.Sign(claims);
            var index = position % token.Length;
            var tampered = token[..index] + replacement + token[(index + 1)..];

            return tampered == token || kit.Codec.Verify(tampered).Failure == TokenFailure.Invalid;
        });
    }

    [Test]
    public void RefusesToken_WhenPartIsSpelledNonCanonically()
    {
        var kit = new TokenTestKit();
        var respelling = Gen.Select(Claims, Gen.Int[2, 3], Gen.Int[1, 3]);

        respelling.Sample((claims, part, unusedBits) =>
        {
            var parts = kit.Codec.Sign(claims).Split('.');
            parts[part] = SetUnusedBits(parts[part], unusedBits);
            var respelled = string.Join('.', parts);

            return respelled == kit.Codec.Sign(claims) || kit.Codec.Verify(respelled).Failure == TokenFailure.Invalid;
        });
    }

    [Test]
    public void NeverThrows_WhenGivenAnyString()
    {
        var kit = new TokenTestKit();
        var validToken = kit.Codec.Sign(TokenTestKit.Claims(TokenTestKit.Start, Month));
        var strings = Gen.OneOf(
            Gen.String,
            Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ "], 0, 250],
            Gen.String[Gen.Char["AB.-_="], 0, 60].Select(tail => validToken[..Math.Min(validToken.Length, 60)] + tail));

        strings.Sample(text => kit.Codec.Verify(text).Failure != TokenFailure.None || text == validToken);
    }

    // A base64url text whose length leaves unused low bits in its last character can spell the
    // same bytes with those bits set; only the spelling with them clear is ours.
    private static string SetUnusedBits(string part, int bits)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var unused = (part.Length % 4) switch { 2 => 15, 3 => 3, _ => 0 };
        var last = alphabet.IndexOf(part[^1], StringComparison.Ordinal) | (bits & unused);

        return part[..^1] + alphabet[last];
    }
}
