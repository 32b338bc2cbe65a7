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
            _ => "hello",
        };
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
