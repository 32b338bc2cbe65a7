using System.Net;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class RecordRatingTokenTests : ApiTestFixture
{
    [TestCase("tampered payload")]
    [TestCase("tampered MAC")]
    [TestCase("truncated")]
    [TestCase("padded")]
    [TestCase("empty MAC")]
    [TestCase("standard alphabet")]
    [TestCase("whitespace")]
    [TestCase("unknown key")]
    [TestCase("wrong version")]
    [TestCase("oversized")]
    [TestCase("not a token")]
    [TestCase("non-canonical last character")]
    [TestCase("extra part")]
    [TestCase("no MAC")]
    [TestCase("trailing newline")]
    [TestCase("upper-cased")]
    [TestCase("homoglyph")]
    [TestCase("null byte")]
    public async Task RefusesTokenAndStoresNothing_WhenHostile(string kind)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-200");

        var response = await ApiCalls.RateAsync(Anonymous, Mangle(invitation.Token, kind), "not_good");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("token_invalid"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
        }
    }

    private static string Mangle(string token, string kind)
    {
        var parts = token.Split('.');
        return kind switch
        {
            "tampered payload" => Join(parts, 2, Flip(parts[2], 5)),
            "tampered MAC" => Join(parts, 3, Flip(parts[3], 10)),
            "truncated" => token[..^3],
            "padded" => token + "==",
            "empty MAC" => Join(parts, 3, ""),
            "standard alphabet" => Join(parts, 2, parts[2].Replace('-', '+').Replace('_', '/') + "+/"),
            "whitespace" => token.Insert(token.Length / 2, " "),
            "unknown key" => Join(parts, 1, "stranger"),
            "wrong version" => Join(parts, 0, "hr0"),
            "oversized" => token + new string('A', 100_000),
            "non-canonical last character" => Join(parts, 3, parts[3][..^1] + NextSpelling(parts[3][^1])),
            "extra part" => token + ".AAAA",
            "no MAC" => string.Join('.', parts[..3]),
            "trailing newline" => token + "\n",
            "upper-cased" => token.ToUpperInvariant(),
            "homoglyph" => token.Replace('A', 'А'),
            "null byte" => token.Insert(10, "\0"),
            _ => "hello",
        };
    }

    // The last of 43 characters carries two unused bits; setting one spells the same 32 bytes.
    private static char NextSpelling(char last)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return alphabet[alphabet.IndexOf(last, StringComparison.Ordinal) | 1];
    }

    private static string Flip(string part, int index) =>
        part[..index] + (part[index] == 'A' ? 'B' : 'A') + part[(index + 1)..];

    private static string Join(string[] parts, int index, string replacement)
    {
        var copy = parts.ToArray();
        copy[index] = replacement;
        return string.Join('.', copy);
    }
}
