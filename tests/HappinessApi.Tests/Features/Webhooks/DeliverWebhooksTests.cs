namespace HappinessApi.Tests.Features.Webhooks;

public sealed class DeliverWebhooksTests : WebhookTestFixture
{
    [Test]
    public async Task DeliversEveryEventOnceWithValidSignature_WhenRatingsAreRecordedAndChanged()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var first = await InviteAsync("T-wh-1");
        var second = await InviteAsync("T-wh-2");

        await RateAsync(first, "not_good");
        await RateAsync(first, "not_good", "The refund took a month.");
        await RateAsync(first, "ok");
        await RateAsync(first, "ok");
        await RateAsync(second, "great");
        await WaitUntilSentAsync();

        // Deliveries run side by side, so they may arrive in any order; the payload's timestamp orders them.
        var received = Receiver.Received.OrderBy(webhook => webhook.OccurredAt).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Select(webhook => webhook.Type), Is.EqualTo(new[]
            {
                "rating.created", "rating.commented", "rating.changed", "rating.created",
            }));
            Assert.That(received.Select(webhook => webhook.HasValidSignature), Is.All.True);
            Assert.That(received.Select(webhook => webhook.Id), Is.Unique.And.All.StartWith("msg_"));
            Assert.That(received[1].Data.GetProperty("comment").GetString(), Is.EqualTo("The refund took a month."));
            Assert.That(received[2].Data.GetProperty("rating").GetString(), Is.EqualTo("ok"));
            Assert.That(received[2].Data.GetProperty("previousRating").GetString(), Is.EqualTo("not_good"));
            Assert.That(received[3].Data.GetProperty("ticketId").GetString(), Is.EqualTo("T-wh-2"));
        }
    }

    [Test]
    public async Task SendsOnlyTheChosenEvents_WhenASubscriptionNamesSome()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url, "rating.created");
        var token = await InviteAsync("T-wh-3");

        await RateAsync(token, "not_good");
        await RateAsync(token, "not_good", "Still waiting.");
        await RateAsync(token, "great");
        await WaitUntilSentAsync();

        Assert.That(Receiver.Received.Select(webhook => webhook.Type), Is.EqualTo(new[] { "rating.created" }));
    }

    [Test]
    public async Task DescribesTheRatingAndItsInvitation_WhenARatingIsCreated()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var token = await InviteAsync("T-wh-4");

        await RateAsync(token, "great", "Quick and kind.");
        await WaitUntilSentAsync();

        var webhook = Receiver.Received.Single();
        var data = webhook.Data;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(webhook.OccurredAt, Is.EqualTo(Factory.Time.GetUtcNow()));
            Assert.That(webhook.Timestamp, Is.EqualTo(Factory.Time.GetUtcNow().ToUnixTimeSeconds()));
            Assert.That(data.GetProperty("replyId").GetString(), Is.EqualTo("r1"));
            Assert.That(data.GetProperty("agent").GetProperty("name").GetString(), Is.EqualTo("Ann"));
            Assert.That(data.GetProperty("team").GetString(), Is.EqualTo("support"));
            Assert.That(data.GetProperty("customerId").GetString(), Is.EqualTo("c-1"));
            Assert.That(data.GetProperty("rating").GetString(), Is.EqualTo("great"));
            Assert.That(data.GetProperty("previousRating").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(data.GetProperty("comment").GetString(), Is.EqualTo("Quick and kind."));
            Assert.That(webhook.Body, Does.Not.Contain("chloe@example.com").And.Not.Contain("Chloé"));
        }
    }

    [Test]
    public async Task SendsEachEventToEverySubscriber_WithOneMessageId()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url, "rating.created");
        var token = await InviteAsync("T-wh-5");

        await RateAsync(token, "ok");
        await WaitUntilSentAsync();

        var received = Receiver.Received;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(received, Has.Count.EqualTo(2));
            Assert.That(received.Select(webhook => webhook.Id).Distinct().Count(), Is.EqualTo(1));
        }
    }
}
