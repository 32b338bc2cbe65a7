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
}
