using HappinessApi.Features.Tokens;

namespace HappinessApi.Tests.Features.Tokens;

public sealed class RatingTokenHostileTests
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

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
