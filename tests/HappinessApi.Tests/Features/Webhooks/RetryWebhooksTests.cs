using HappinessApi.Features.Webhooks;
using HappinessApi.Features.Webhooks.ListDeliveries;

namespace HappinessApi.Tests.Features.Webhooks;

public sealed class RetryWebhooksTests : WebhookTestFixture
{
    [Test]
    public async Task RetriesUntilAccepted_WhenTheReceiverAnswers500Then200()
    {
        Receiver.AnswerNext(500);
        var subscription = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        await RateAsync(await InviteAsync("T-retry-1"), "not_good");
        var failed = await WaitForDeliveryAsync(subscription.Id, delivery => delivery.Attempts == 1);

        await AdvanceUntilAsync(subscription.Id, TimeSpan.FromSeconds(5), WebhookDeliveryStatus.Delivered);

        var delivered = (await WebhookCalls.DeliveriesAsync(Admin, subscription.Id)).Single();
        var received = Receiver.Received;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Status, Is.EqualTo(WebhookDeliveryStatus.Pending));
            Assert.That(failed.LastResponseCode, Is.EqualTo(500));
            Assert.That(failed.NextAttemptAt, Is.GreaterThan(failed.LastAttemptAt!.Value));
            Assert.That(delivered.Attempts, Is.EqualTo(2));
            Assert.That(delivered.LastResponseCode, Is.EqualTo(200));
            Assert.That(delivered.NextAttemptAt, Is.Null);
            Assert.That(received.Select(webhook => webhook.Status), Is.EqualTo(new[] { 500, 200 }));
            Assert.That(received.Select(webhook => webhook.Id), Is.All.EqualTo(delivered.Id));
            Assert.That(received.Select(webhook => webhook.HasValidSignature), Is.All.True);
            Assert.That(received[1].Timestamp, Is.GreaterThan(received[0].Timestamp));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM webhook_attempts"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task KeepsRetryingForADayThenGivesUp_WhenTheReceiverKeepsFailing()
    {
        Receiver.AnswerNext([.. Enumerable.Repeat(503, 200)]);
        var subscription = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        await RateAsync(await InviteAsync("T-retry-2"), "ok");
        await WaitForDeliveryAsync(subscription.Id, delivery => delivery.Attempts == 1);

        await AdvanceUntilAsync(subscription.Id, TimeSpan.FromMinutes(30), WebhookDeliveryStatus.Failed);

        var failed = (await WebhookCalls.DeliveriesAsync(Admin, subscription.Id)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.LastAttemptAt - failed.CreatedAt, Is.GreaterThanOrEqualTo(TimeSpan.FromDays(1)));
            Assert.That(failed.Attempts, Is.InRange(10, 60));
            Assert.That(failed.LastResponseCode, Is.EqualTo(503));
            Assert.That(failed.NextAttemptAt, Is.Null);
            Assert.That(Receiver.Received, Has.Count.EqualTo(failed.Attempts));
        }
    }

    [Test]
    public async Task StopsAtOnce_WhenTheReceiverAnswersGone()
    {
        Receiver.AnswerNext(410);
        var subscription = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);

        await RateAsync(await InviteAsync("T-retry-3"), "great");

        var gone = await WaitForDeliveryAsync(
            subscription.Id, delivery => delivery.Status == WebhookDeliveryStatus.Failed);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(gone.Attempts, Is.EqualTo(1));
            Assert.That(gone.LastResponseCode, Is.EqualTo(410));
        }
    }

    [Test]
    public async Task WaitsAsTheReceiverAsks_WhenItAnswersWithRetryAfter()
    {
        Receiver.AnswerNextWithRetryAfter(503, 120);
        var subscription = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);

        await RateAsync(await InviteAsync("T-retry-4"), "great");

        var waiting = await WaitForDeliveryAsync(
            subscription.Id, delivery => delivery.NextAttemptAt - delivery.LastAttemptAt == TimeSpan.FromSeconds(120));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(waiting.Attempts, Is.EqualTo(1));
            Assert.That(waiting.LastResponseCode, Is.EqualTo(503));
        }
    }

    private async Task<WebhookDeliveryResponse> WaitForDeliveryAsync(
        string subscriptionId, Func<WebhookDeliveryResponse, bool> condition)
    {
        WebhookDeliveryResponse? found = null;
        await WebhookCalls.WaitUntilAsync(
            async () =>
            {
                found = (await WebhookCalls.DeliveriesAsync(Admin, subscriptionId)).SingleOrDefault();
                return found is not null && condition(found);
            },
            "the delivery reaches the expected state");
        return found!;
    }

    private Task AdvanceUntilAsync(string subscriptionId, TimeSpan step, WebhookDeliveryStatus status) =>
        WebhookCalls.AdvanceUntilAsync(
            Factory.Time,
            step,
            async () => (await WebhookCalls.DeliveriesAsync(Admin, subscriptionId)).Single().Status == status,
            $"the delivery is {status}");
}
