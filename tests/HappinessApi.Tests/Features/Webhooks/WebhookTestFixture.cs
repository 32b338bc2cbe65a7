using Dapper;
using HappinessApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Tests.Features.Webhooks;

/// <summary>One service that polls its outbox often, and one receiver, per test class.</summary>
public abstract class WebhookTestFixture
{
    protected HappinessApiFactory Factory { get; private set; } = null!;

    protected HttpClient Anonymous { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    protected WebhookReceiver Receiver { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServiceAndReceiver()
    {
        Receiver = await WebhookReceiver.StartAsync();
        var settings = TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live).Append(WebhookCalls.FastPoll);
        Factory = new HappinessApiFactory(null, settings);
        Anonymous = Factory.CreateApiClient();
        Admin = Factory.CreateApiClient(HappinessApiFactory.AdminKey);
    }

    [OneTimeTearDown]
    public async Task StopServiceAndReceiver()
    {
        Anonymous.Dispose();
        Admin.Dispose();
        Factory.Dispose();
        await Receiver.DisposeAsync();
    }

    [SetUp]
    public async Task ResetDatabaseAndReceiver()
    {
        await using (var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False"))
        {
            await connection.ExecuteAsync("""
                DELETE FROM webhook_attempts; DELETE FROM webhook_outbox; DELETE FROM webhook_subscription_events;
                DELETE FROM webhook_subscriptions; DELETE FROM webhook_announced;
                """);
        }

        await Factory.Database.ResetAsync();
        Receiver.Clear();
    }

    /// <summary>An invitation rated in a way that counts, with the clock moved past any burst first.</summary>
    protected async Task RateAsync(string token, string rating, string? comment = null)
    {
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var response = await ApiCalls.RateAsync(Anonymous, token, rating, comment);
        response.EnsureSuccessStatusCode();
    }

    protected Task<string> InviteAsync(string ticketId) =>
        ApiCalls.CreateInvitationAsync(Admin, ticketId).ContinueWith(created => created.Result.Token);

    /// <summary>Waits until the outbox has nothing left to send, so nothing more will reach the receiver.</summary>
    protected Task WaitUntilSentAsync() =>
        WebhookCalls.WaitUntilAsync(
            async () => await CountAsync("SELECT COUNT(*) FROM webhook_outbox WHERE status = 'pending'") == 0,
            "the outbox has nothing pending");

    protected async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
