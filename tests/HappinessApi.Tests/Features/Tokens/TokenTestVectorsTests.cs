using System.Text.Json;
using System.Text.Json.Nodes;
using HappinessApi.Features.Tokens;
using HappinessApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace HappinessApi.Tests.Features.Tokens;

/// <summary>The published vectors in docs/token-test-vectors.json, which offline signers check too.</summary>
public sealed class TokenTestVectorsTests
{
    private static readonly JsonNode Vectors =
        JsonNode.Parse(File.ReadAllText(RepositoryFiles.Find("docs/token-test-vectors.json")))!;

    [TestCaseSource(nameof(ValidVectors))]
    public void SignsTheSameToken_WhenGivenVectorClaims(JsonNode vector)
    {
        var (codec, claims) = Load(vector);

        Assert.That(codec.Sign(claims), Is.EqualTo(vector["token"]!.GetValue<string>()));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void ReadsTheVectorClaims_WhenVerifyingVectorToken(JsonNode vector)
    {
        var (codec, claims) = Load(vector);

        var verification = codec.Verify(vector["token"]!.GetValue<string>());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verification.Failure, Is.EqualTo(TokenFailure.None));
            Assert.That(verification.Claims! with { TokenId = claims.TokenId }, Is.EqualTo(claims));
            Assert.That(verification.Claims!.TokenId, Is.EqualTo(claims.TokenId));
        }
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void Refuses_WhenVectorTokenIsInvalid(JsonNode vector)
    {
        var (codec, _) = Load(Vectors["valid"]![0]!);

        Assert.That(codec.Verify(vector["token"]!.GetValue<string>()).Failure, Is.EqualTo(TokenFailure.Invalid));
    }

    private static IEnumerable<TestCaseData> ValidVectors() => Cases("valid");

    private static IEnumerable<TestCaseData> InvalidVectors() => Cases("invalid");

    private static IEnumerable<TestCaseData> Cases(string group) => Vectors[group]!.AsArray()
        .Select(vector => new TestCaseData(vector).SetArgDisplayNames(vector!["name"]!.GetValue<string>()));

    private static (RatingTokenCodec Codec, RatingTokenClaims Claims) Load(JsonNode vector)
    {
        var key = vector["key"]!;
        var tokenKey = new TokenKey(
            key["id"]!.GetValue<string>(), Convert.FromBase64String(key["secret"]!.GetValue<string>()), Retired: false);
        var claims = vector["claims"]!.Deserialize<VectorClaims>(JsonSerializerOptions.Web)!.ToClaims();
        var time = new FakeTimeProvider(claims.IssuedAt);

        var options = Microsoft.Extensions.Options.Options.Create(new HappinessApi.Configuration.TokenOptions());

        return (new RatingTokenCodec(new TokenKeyRing(tokenKey.Id, [tokenKey]), time, options), claims);
    }

    private sealed record VectorClaims(
        string TokenId, string TicketId, string ReplyId, string AgentId, long IssuedAt, long ExpiresAt)
    {
        public RatingTokenClaims ToClaims() => new(
            Convert.FromHexString(TokenId),
            TicketId,
            ReplyId,
            AgentId,
            DateTimeOffset.FromUnixTimeSeconds(IssuedAt),
            DateTimeOffset.FromUnixTimeSeconds(ExpiresAt));
    }
}
