using System.Net;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Tokens;

/// <summary>Restarts the service on one database with the key ring of each step of a rotation.</summary>
public sealed class KeyRotationTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("happiness-rotation-").FullName;

    [TearDown]
    public void DeleteDirectory()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task RecordsWithDemotedKeyThenRefusesOnceRetired_WhenKeysRotate()
    {
        var token = await IssueTokenAsync(TestKeys.Settings("k-old", TestKeys.Old));

        var demoted = await RateAsync(TestKeys.Settings("k-live", TestKeys.Live, TestKeys.Old), token, "great");
        var retired = await RateAsync(
            TestKeys.Settings("k-live", TestKeys.Live, TestKeys.Old with { Retired = true }), token, "ok");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token, Does.StartWith("hr1.k-old."));
            Assert.That(demoted, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(retired, Is.EqualTo(HttpStatusCode.BadRequest));
            var events = await new TestDatabase(Path.Combine(_directory, "happiness.db")).EventRatingsAsync();
            Assert.That(events, Is.EqualTo(new[] { "great" }));
        }
    }

    [Test]
    public async Task IssuesWorkingToken_WhenTheStoredTokensKeyWasRetired()
    {
        var first = await IssueTokenAsync(TestKeys.Settings("k-old", TestKeys.Old));
        var afterRetirement = TestKeys.Settings("k-live", TestKeys.Live, TestKeys.Old with { Retired = true });

        var renewed = await IssueTokenAsync(afterRetirement);

        var rating = await RateAsync(afterRetirement, renewed, "great");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(renewed, Is.Not.EqualTo(first));
            Assert.That(renewed, Does.StartWith("hr1.k-live."));
            Assert.That(rating, Is.EqualTo(HttpStatusCode.Created));
        }
    }

    private async Task<string> IssueTokenAsync(IEnumerable<KeyValuePair<string, string?>> keys)
    {
        using var factory = new HappinessApiFactory(_directory, keys);
        using var helpdesk = factory.CreateApiClient(HappinessApiFactory.AdminKey);

        return (await ApiCalls.CreateInvitationAsync(helpdesk, "T-rotation")).Token;
    }

    private async Task<HttpStatusCode> RateAsync(
        IEnumerable<KeyValuePair<string, string?>> keys, string token, string rating)
    {
        using var factory = new HappinessApiFactory(_directory, keys);
        using var customer = factory.CreateApiClient();

        return (await ApiCalls.RateAsync(customer, token, rating)).StatusCode;
    }
}
