using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.ApiKeys;

public sealed class ManageApiKeysTests : ApiTestFixture
{
    [Test]
    public async Task PrintsTheKeyOnceAndStoresOnlyItsHash_WhenCreated()
    {
        var created = await ApiKeyCalls.RunAsync(
            Factory, "create", "--name", "zendesk", "--scopes", "invitations:write,ratings:read");

        var key = ApiKeyCalls.ReadKey(created.Output);
        var row = await ReadRowAsync("zendesk");
        var listed = await ApiKeyCalls.RunAsync(Factory, "list");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.ExitCode, Is.Zero);
            Assert.That(key, Does.Match("^hk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$"));
            Assert.That(created.Output, Does.Contain($"with id {row.Id} and scopes invitations:write, ratings:read"));
            Assert.That(row.Scopes, Is.EqualTo("invitations:write ratings:read"));
            Assert.That(row.SecretHash, Is.EqualTo(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
            Assert.That(row.CreatedAt, Is.EqualTo(Factory.Time.GetUtcNow().ToUnixTimeMilliseconds()));
            Assert.That(await DatabaseFilesHoldAsync(key[20..]), Is.False);
            Assert.That(listed.Output, Does.Contain(row.Id).And.Contain("zendesk").And.Not.Contain(key[20..]));
            Assert.That(Factory.Logs.Lines, Has.Some.Contains($"API key {row.Id} created for zendesk"));
            Assert.That(Factory.Logs.Lines, Has.None.Contains(key[20..]));
        }
    }

    [Test]
    public async Task GrantsOnlyItsScopes_WhenUsedOnTheRunningService()
    {
        using var client = Factory.CreateApiClient(
            await ApiKeyCalls.CreateKeyAsync(Factory, "helpdesk", "invitations:write"));

        var invited = await client.PostAsJsonAsync(CreateInvitationEndpoint.Route, ApiCalls.InvitationBody("T-1"));
        var reported = await client.GetAsync(GetReportSummaryEndpoint.Route);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(reported.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await ApiCalls.ReadProblemAsync(reported)).Code, Is.EqualTo("forbidden"));
        }
    }

    [Test]
    public async Task Returns401AtOnce_WhenKeyIsRevokedWhileTheServiceRuns()
    {
        using var client = Factory.CreateApiClient(await ApiKeyCalls.CreateKeyAsync(Factory, "dash", "reports:read"));
        var before = await client.GetAsync(GetReportSummaryEndpoint.Route);

        var revoked = await ApiKeyCalls.RunAsync(Factory, "revoke", "dash");

        var after = await client.GetAsync(GetReportSummaryEndpoint.Route);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(revoked.ExitCode, Is.Zero);
            Assert.That(revoked.Output, Does.StartWith("Revoked API key 'dash'"));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await ApiCalls.ReadProblemAsync(after)).Code, Is.EqualTo("unauthorized"));
            Assert.That((await ReadRowAsync("dash")).RevokedAt, Is.Not.Null);
        }
    }

    [Test]
    public async Task RevokesById_AndSaysSoWhenAlreadyRevoked()
    {
        await ApiKeyCalls.CreateKeyAsync(Factory, "by-id", "ratings:write");
        var id = (await ReadRowAsync("by-id")).Id;

        var first = await ApiKeyCalls.RunAsync(Factory, "revoke", id);
        var second = await ApiKeyCalls.RunAsync(Factory, "revoke", id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((0, 0)));
            Assert.That(second.Output, Is.EqualTo($"API key 'by-id' ({id}) was already revoked.{Environment.NewLine}"));
        }
    }

    [Test]
    public async Task RefusesASecondActiveKeyOfOneName_ButReusesTheNameOnceRevoked()
    {
        await ApiKeyCalls.CreateKeyAsync(Factory, "reused", "admin");

        var twice = await ApiKeyCalls.RunAsync(Factory, "create", "--name", "reused", "--scopes", "admin");
        await ApiKeyCalls.RunAsync(Factory, "revoke", "reused");
        var again = await ApiKeyCalls.RunAsync(Factory, "create", "--name", "reused", "--scopes", "admin");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(twice.ExitCode, Is.EqualTo(1));
            Assert.That(twice.Error, Does.Contain("An active key is already named 'reused'"));
            Assert.That(twice.Output, Is.Empty);
            Assert.That(again.ExitCode, Is.Zero);
        }
    }

    [TestCase("create", "A key from configuration is named 'admin'")]
    [TestCase("revoke", "'admin' is a key from configuration; remove it from Auth:Keys")]
    public async Task RefusesToTouchAConfiguredKey_WhenNamed(string action, string message)
    {
        string[] args = action == "create" ? ["create", "--name", "admin", "--scopes", "admin"] : ["revoke", "admin"];

        var run = await ApiKeyCalls.RunAsync(Factory, args);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(1));
            Assert.That(run.Error, Does.StartWith(message));
        }
    }

    [Test]
    public async Task RefusesToRevoke_WhenNoKeyHasTheIdOrName()
    {
        var run = await ApiKeyCalls.RunAsync(Factory, "revoke", "nobody");

        Assert.That((run.ExitCode, run.Error.Trim()), Is.EqualTo((1, "No API key has the id or name 'nobody'.")));
    }

    private Task<StoredKey> ReadRowAsync(string name) => new StoredKeys(Factory.DatabasePath).ReadAsync(name);

    private Task<bool> DatabaseFilesHoldAsync(string text) => new StoredKeys(Factory.DatabasePath).FilesHoldAsync(text);
}
