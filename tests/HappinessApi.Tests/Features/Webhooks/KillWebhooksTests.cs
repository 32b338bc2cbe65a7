using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Webhooks;

/// <summary>Kills the service process with SIGKILL while events wait in the outbox, then starts it again.</summary>
public sealed class KillWebhooksTests
{
    private string _directory = null!;

    private WebhookReceiver _receiver = null!;

    [SetUp]
    public async Task StartReceiver()
    {
        _directory = Directory.CreateTempSubdirectory("happiness-kill-").FullName;
        _receiver = await WebhookReceiver.StartAsync();
    }

    [TearDown]
    public async Task StopReceiver()
    {
        await _receiver.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task DeliversEveryEventOnce_WhenTheProcessWasKilledWithEventsPending()
    {
        string subscriptionId;
        using (var killed = await ServerProcess.StartAsync(_directory, ("Webhooks__PollInterval", "01:00:00")))
        {
            using var admin = killed.CreateClient();
            subscriptionId = (await WebhookCalls.SubscribeAsync(admin, _receiver.Url)).Id;
            var ratings = new[] { ("T-kill-1", "not_good"), ("T-kill-2", "great"), ("T-kill-3", "ok") };
            foreach (var (ticket, rating) in ratings)
            {
                var invitation = await ApiCalls.CreateInvitationAsync(admin, ticket);
                (await ApiCalls.RateAsync(admin, invitation.Token, rating)).EnsureSuccessStatusCode();
            }

            killed.Kill();
        }

        var receivedBeforeKill = _receiver.Received.Count;

        using var restarted = await ServerProcess.StartAsync(_directory, ("Webhooks__PollInterval", "00:00:00.100"));
        await WebhookCalls.WaitUntilAsync(() => _receiver.Received.Count >= 3, "three deliveries arrive");
        await Task.Delay(TimeSpan.FromSeconds(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(receivedBeforeKill, Is.Zero);
            Assert.That(_receiver.Received, Has.Count.EqualTo(3));
            Assert.That(_receiver.Received.Select(webhook => webhook.Id), Is.Unique);
            Assert.That(_receiver.Received.Select(webhook => webhook.HasValidSignature), Is.All.True);
            Assert.That(_receiver.Received.Select(webhook => webhook.Type), Is.All.EqualTo("rating.created"));
            var tickets = _receiver.Received.Select(webhook => webhook.Data.GetProperty("ticketId").GetString());
            Assert.That(tickets, Is.EquivalentTo(new[] { "T-kill-1", "T-kill-2", "T-kill-3" }));
        }
    }
}
