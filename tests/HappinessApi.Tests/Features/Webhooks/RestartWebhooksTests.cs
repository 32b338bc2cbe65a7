using HappinessApi.Features.Webhooks;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Webhooks;

/// <summary>Stops the service with deliveries outstanding and starts it again on the same database.</summary>
public sealed class RestartWebhooksTests
{
    private static readonly KeyValuePair<string, string?> HourlyPoll = new("Webhooks:PollInterval", "01:00:00");

    private string _directory = null!;

    private WebhookReceiver _receiver = null!;

    [SetUp]
    public async Task StartReceiver()
    {
        _directory = Directory.CreateTempSubdirectory("happiness-webhooks-").FullName;
        _receiver = await WebhookReceiver.StartAsync();
    }

    [TearDown]
    public async Task StopReceiver()
    {
        await _receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task DeliversEventsLeftInTheOutbox_WhenTheServiceStartsAgain()
    {
        string subscriptionId;
        using (var stopped = Start(HourlyPoll))
        {
            using var admin = stopped.CreateApiClient(HappinessApiFactory.AdminKey);
            subscriptionId = (await WebhookCalls.SubscribeAsync(admin, _receiver.Url)).Id;
            await RateNewInvitationAsync(stopped, admin, "T-restart-1", "not_good");
            await RateNewInvitationAsync(stopped, admin, "T-restart-2", "great");
        }

        var pendingAtStop = _receiver.Received.Count;

        using var restarted = Start(WebhookCalls.FastPoll);
        restarted.Time.Advance(TimeSpan.FromMinutes(10));
        using var client = restarted.CreateApiClient(HappinessApiFactory.AdminKey);
        await WaitUntilDeliveredAsync(client, subscriptionId, 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pendingAtStop, Is.Zero);
            Assert.That(_receiver.Received, Has.Count.EqualTo(2));
            Assert.That(_receiver.Received.Select(webhook => webhook.Id), Is.Unique);
            Assert.That(_receiver.Received.Select(webhook => webhook.HasValidSignature), Is.All.True);
            var tickets = _receiver.Received.Select(webhook => webhook.Data.GetProperty("ticketId").GetString());
            Assert.That(tickets, Is.EquivalentTo(new[] { "T-restart-1", "T-restart-2" }));
        }
    }

    [Test]
    public async Task ResumesRetrying_WhenTheServiceStopsBetweenTwoAttempts()
    {
        _receiver.AnswerNext(503);
        string subscriptionId;
        using (var stopped = Start(WebhookCalls.FastPoll))
        {
            using var admin = stopped.CreateApiClient(HappinessApiFactory.AdminKey);
            subscriptionId = (await WebhookCalls.SubscribeAsync(admin, _receiver.Url)).Id;
            await RateNewInvitationAsync(stopped, admin, "T-restart-3", "ok");
            await WebhookCalls.WaitUntilAsync(() => _receiver.Received.Count == 1, "the first attempt is made");
        }

        using var restarted = Start(WebhookCalls.FastPoll);
        using var client = restarted.CreateApiClient(HappinessApiFactory.AdminKey);
        await WebhookCalls.AdvanceUntilAsync(
            restarted.Time,
            TimeSpan.FromSeconds(10),
            async () => await IsDeliveredAsync(client, subscriptionId, 1),
            "the delivery is retried after the restart");

        var delivery = (await WebhookCalls.DeliveriesAsync(client, subscriptionId)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(delivery.Attempts, Is.EqualTo(2));
            Assert.That(_receiver.Received.Select(webhook => webhook.Status), Is.EqualTo(new[] { 503, 200 }));
            Assert.That(_receiver.Received.Select(webhook => webhook.Id), Is.All.EqualTo(delivery.Id));
        }
    }

    // Each start's clock begins at the same instant; a test moves it on to show the service coming back later.
    private HappinessApiFactory Start(KeyValuePair<string, string?> poll) =>
        new(_directory, TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live).Append(poll));

    private static async Task RateNewInvitationAsync(
        HappinessApiFactory factory, HttpClient admin, string ticketId, string rating)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(admin, ticketId);
        (await ApiCalls.RateAsync(admin, invitation.Token, rating)).EnsureSuccessStatusCode();
        factory.Time.Advance(TimeSpan.FromMinutes(1));
    }

    private static Task WaitUntilDeliveredAsync(HttpClient client, string subscriptionId, int count) =>
        WebhookCalls.WaitUntilAsync(
            () => IsDeliveredAsync(client, subscriptionId, count), $"{count} deliveries are made");

    private static async Task<bool> IsDeliveredAsync(HttpClient client, string subscriptionId, int count)
    {
        var deliveries = await WebhookCalls.DeliveriesAsync(client, subscriptionId);
        return deliveries.Count(delivery => delivery.Status == WebhookDeliveryStatus.Delivered) == count;
    }
}
