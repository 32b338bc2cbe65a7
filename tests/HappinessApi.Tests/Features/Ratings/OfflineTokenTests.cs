using System.Net;
using HappinessApi.Features.Tokens;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class OfflineTokenTests : ApiTestFixture
{
    [Test]
    public async Task CreatesInvitationFromClaims_WhenTokenWasSignedOffline()
    {
        var token = Sign(TestKeys.Live, Factory.Time.GetUtcNow(), TimeSpan.FromDays(7));

        var response = await ApiCalls.RateAsync(Anonymous, token, "great");

        var report = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 1)));
            Assert.That(report.Ratings.Single().Agent.Name, Is.EqualTo("agent-offline"));
        }
    }

    [Test]
    public async Task KeepsOneInvitation_WhenOfflineTokenIsUsedTwice()
    {
        var token = Sign(TestKeys.Live, Factory.Time.GetUtcNow(), TimeSpan.FromDays(7));
        await ApiCalls.RateOkAsync(Anonymous, token, HappinessApi.Features.Ratings.RatingValue.Great);

        var response = await ApiCalls.RateAsync(Anonymous, token, "ok");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 2)));
        }
    }

    [TestCase("retired key")]
    [TestCase("another purpose")]
    [TestCase("future issued-at")]
    [TestCase("expired")]
    [TestCase("wrong secret for the key id")]
    [TestCase("empty ticket id")]
    [TestCase("empty agent id")]
    [TestCase("references over 64 bytes")]
    [TestCase("line break in agent id")]
    [TestCase("lifetime over the maximum")]
    public async Task RefusesAndStoresNothing_WhenSignedTokenIsNotAcceptable(string kind)
    {
        var now = Factory.Time.GetUtcNow();
        var (token, code) = kind switch
        {
            "retired key" => (Sign(TestKeys.Gone, now, TimeSpan.FromDays(7)), "token_invalid"),
            "another purpose" => (SignForPurpose("happiness-api/unsubscribe/v1", now), "token_invalid"),
            "future issued-at" => (Sign(TestKeys.Live, now.AddHours(1), TimeSpan.FromDays(7)), "token_invalid"),
            "expired" => (Sign(TestKeys.Live, now.AddDays(-8), TimeSpan.FromDays(7)), "token_expired"),
            "empty ticket id" => (SignClaims(Claims(now, Week) with { TicketId = "" }), "token_invalid"),
            "empty agent id" => (SignClaims(Claims(now, Week) with { AgentId = "" }), "token_invalid"),
            "references over 64 bytes" =>
                (SignClaims(Claims(now, Week) with { TicketId = new string('t', 60) }), "token_invalid"),
            "line break in agent id" =>
                (SignClaims(Claims(now, Week) with { AgentId = "ag\r\nfake: x" }), "token_invalid"),
            "lifetime over the maximum" => (Sign(TestKeys.Live, now, TimeSpan.FromDays(91)), "token_invalid"),
            _ => (Sign(TestKeys.Impostor, now, TimeSpan.FromDays(7)), "token_invalid"),
        };

        var response = await ApiCalls.RateAsync(Anonymous, token, "not_good");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo(code));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(StoredCounts.Empty));
        }
    }

    private static RatingTokenClaims Claims(DateTimeOffset issuedAt, TimeSpan lifetime) => new(
        new byte[16], "T-offline", "", "agent-offline", issuedAt, issuedAt + lifetime);

    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    private string SignClaims(RatingTokenClaims claims) => TestKeys.SignerFor(TestKeys.Live, Factory.Time).Sign(claims);

    private string Sign(TokenKey key, DateTimeOffset issuedAt, TimeSpan lifetime) =>
        TestKeys.SignerFor(key, Factory.Time).Sign(Claims(issuedAt, lifetime));

    private static string SignForPurpose(string purpose, DateTimeOffset issuedAt)
    {
        var signer = TestKeys.SignerFor(TestKeys.Live, TimeProvider.System);
        var genuine = signer.Sign(Claims(issuedAt, TimeSpan.FromDays(7)));
        var signed = genuine[..genuine.LastIndexOf('.')];
        var mac = System.Security.Cryptography.HMACSHA256.HashData(
            TestKeys.Live.Secret, System.Text.Encoding.ASCII.GetBytes($"{purpose}\0{signed}"));

        return $"{signed}.{System.Buffers.Text.Base64Url.EncodeToString(mac)}";
    }
}
