using HappinessApi.Features.Tokens;

namespace HappinessApi.Tests.Features.Tokens;

public sealed class RatingTokenCodecTests
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    [Test]
    public void ReturnsSameClaims_WhenSignedTokenIsVerified()
    {
        var kit = new TokenTestKit();
        var claims = TokenTestKit.Claims(TokenTestKit.Start, Month) with
        {
            TicketId = "Tïcket-✓",
            TokenId = [.. Enumerable.Range(1, 16).Select(index => (byte)index)],
        };

        var verification = kit.Codec.Verify(kit.Codec.Sign(claims));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Failure, Is.EqualTo(TokenFailure.None));
            Assert.That(verification.Claims!.TokenId, Is.EqualTo(claims.TokenId));
            Assert.That(verification.Claims with { TokenId = claims.TokenId }, Is.EqualTo(claims));
        }
    }

    [Test]
    public void StaysUnder200Characters_WhenReferencesUseTheirWholeAllowance()
    {
        var kit = new TokenTestKit(TokenTestKit.NewKey("sixteen-chars-id"));
        var claims = TokenTestKit.Claims(TokenTestKit.Start, Month) with
        {
            TicketId = new string('t', 40),
            ReplyId = new string('r', 12),
            AgentId = new string('a', 12),
        };

        var token = kit.Codec.Sign(claims);

        Assert.That(token, Has.Length.LessThan(RatingTokenCodec.MaxLength));
    }

    [Test]
    public void RefusesToken_WhenAnySingleCharacterChanges()
    {
        var kit = new TokenTestKit();
        var token = kit.Codec.Sign(TokenTestKit.Claims(TokenTestKit.Start, Month));
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";

        for (var position = 0; position < token.Length; position++)
        {
            foreach (var replacement in alphabet.Where(character => character != token[position]))
            {
                var tampered = token[..position] + replacement + token[(position + 1)..];

                Assert.That(kit.Codec.Verify(tampered).Failure, Is.EqualTo(TokenFailure.Invalid), tampered);
            }
        }
    }

    [Test]
    public void RefusesToken_WhenItIs200CharactersOrMore()
    {
        var kit = new TokenTestKit(TokenTestKit.NewKey("sixteen-chars-id"));
        var claims = TokenTestKit.Claims(TokenTestKit.Start, Month) with
        {
            TicketId = new string('t', 40),
            ReplyId = new string('r', 12),
            AgentId = new string('a', 12),
        };

        var longest = kit.Codec.Sign(claims);

        var tooLong = kit.Codec.Sign(claims with { TicketId = claims.TicketId + "tt" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(longest, Has.Length.LessThan(RatingTokenCodec.MaxLength));
            Assert.That(tooLong, Has.Length.GreaterThanOrEqualTo(RatingTokenCodec.MaxLength));
            Assert.That(kit.Codec.Verify(tooLong).Failure, Is.EqualTo(TokenFailure.Invalid));
        }
    }

    [Test]
    public void IsExpired_OneTickAfterExpiry()
    {
        var kit = new TokenTestKit();
        var token = kit.Codec.Sign(TokenTestKit.Claims(TokenTestKit.Start, Month));

        kit.Time.Advance(Month);

        Assert.That(kit.Codec.Verify(token).Failure, Is.EqualTo(TokenFailure.Expired));
    }

    [Test]
    public void IsValid_OneTickBeforeExpiry()
    {
        var kit = new TokenTestKit();
        var token = kit.Codec.Sign(TokenTestKit.Claims(TokenTestKit.Start, Month));

        kit.Time.Advance(Month - TimeSpan.FromTicks(1));

        Assert.That(kit.Codec.Verify(token).Failure, Is.EqualTo(TokenFailure.None));
    }

    [Test]
    public void RefusesToken_WhenIssuedInTheFutureBeyondSkew()
    {
        var kit = new TokenTestKit();
        var token = kit.Codec.Sign(TokenTestKit.Claims(TokenTestKit.Start.AddMinutes(10), Month));

        Assert.That(kit.Codec.Verify(token).Failure, Is.EqualTo(TokenFailure.Invalid));
    }

    [Test]
    public void VerifiesOldToken_WhenItsKeyIsNoLongerActive()
    {
        var oldKey = TokenTestKit.NewKey("old");
        var newKey = TokenTestKit.NewKey("new");
        var kit = new TokenTestKit(oldKey, newKey);
        var token = kit.Codec.Sign(TokenTestKit.Claims(TokenTestKit.Start, Month));

        var rotated = kit.CreateCodec("new", [oldKey, newKey]);

        Assert.That(rotated.Verify(token).Failure, Is.EqualTo(TokenFailure.None));
    }

    [Test]
    public void RefusesOldToken_WhenItsKeyIsRetired()
    {
        var oldKey = TokenTestKit.NewKey("old");
        var newKey = TokenTestKit.NewKey("new");
        var kit = new TokenTestKit(oldKey, newKey);
        var token = kit.Codec.Sign(TokenTestKit.Claims(TokenTestKit.Start, Month));

        var retired = kit.CreateCodec("new", [oldKey with { Retired = true }, newKey]);

        Assert.That(retired.Verify(token).Failure, Is.EqualTo(TokenFailure.Invalid));
    }

    [TestCaseSource(nameof(HostileTokens))]
    public void RefusesToken_WhenHostile(Func<string, string> mangle)
    {
        var kit = new TokenTestKit();
        var token = kit.Codec.Sign(TokenTestKit.Claims(TokenTestKit.Start, Month));

        var verification = kit.Codec.Verify(mangle(token));

        Assert.That(verification.Failure, Is.EqualTo(TokenFailure.Invalid));
    }

    private static IEnumerable<TestCaseData> HostileTokens()
    {
        yield return Case("empty", _ => "");
        yield return Case("truncated", token => token[..^1]);
        yield return Case("truncated by half", token => token[..(token.Length / 2)]);
        yield return Case("padded", token => token + "=");
        yield return Case("padded payload", token => ReplacePart(token, 2, part => part + "=="));
        yield return Case("empty MAC", token => token[..(token.LastIndexOf('.') + 1)]);
        yield return Case("no MAC", token => token[..token.LastIndexOf('.')]);
        yield return Case("extra part", token => token + ".AAAA");
        yield return Case("leading whitespace", token => " " + token);
        yield return Case("trailing newline", token => token + "\n");
        yield return Case("inner whitespace", token => token.Insert(20, " "));
        yield return Case("standard alphabet", token => ReplacePart(token, 3, mac => "+/" + mac[2..]));
        yield return Case("wrong version", token => "hr2" + token[3..]);
        yield return Case("unknown key", token => ReplacePart(token, 1, _ => "nokey"));
        yield return Case("oversized", token => token + new string('A', 100_000));
        yield return Case("non-canonical last character", token => ReplacePart(token, 3, NonCanonical));
        yield return Case("MAC of another token", token => ReplacePart(token, 3, _ => new string('A', 43)));
        yield return Case("upper-cased", token => token.ToUpperInvariant());
    }

    private static TestCaseData Case(string name, Func<string, string> mangle) =>
        new TestCaseData(mangle).SetArgDisplayNames(name);

    private static string ReplacePart(string token, int index, Func<string, string> change)
    {
        var parts = token.Split('.');
        parts[index] = change(parts[index]);
        return string.Join('.', parts);
    }

    // A 32-byte MAC is 43 characters whose last one carries 2 unused bits; setting one gives the same bytes.
    private static string NonCanonical(string mac)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var last = alphabet.IndexOf(mac[^1], StringComparison.Ordinal);
        return mac[..^1] + alphabet[last | 1];
    }
}
