using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Features.Landing;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Webhooks;

/// <summary>Which event a submission fires, through the real rating paths, with scanners in the mix.</summary>
public sealed class WebhookEventRulesTests : WebhookTestFixture
{
    [Test]
    public async Task FiresOneCreatedThenCommented_WhenANotGoodRatingGetsItsCommentEdited()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var token = await InviteAsync("T-rule-1");

        await RateAsync(token, "not_good");
        await RateAsync(token, "not_good", "Nobody answered for a week.");
        await RateAsync(token, "not_good", "Nobody answered for a week, then it was fixed.");
        await WaitUntilSentAsync();

        var types = Receiver.Received.OrderBy(webhook => webhook.OccurredAt).Select(webhook => webhook.Type);
        Assert.That(types, Is.EqualTo(new[] { "rating.created", "rating.commented", "rating.commented" }));
    }

    [Test]
    public async Task FiresNothingUntilConfirmed_WhenAScannerSubmitsFirst()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var token = await InviteAsync("T-rule-2");
        await LandingCalls.SubmitAsync(Anonymous, token, "great", stamp: "1780000000000.forged");
        var beforeConfirmation = await CountAsync("SELECT COUNT(*) FROM webhook_outbox");

        await RateAsync(token, "great");
        await WaitUntilSentAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeConfirmation, Is.Zero);
            Assert.That(await CountAsync("SELECT COUNT(*) FROM ratings WHERE suspect = 0"), Is.EqualTo(1));
            Assert.That(Receiver.Received.Select(webhook => webhook.Type), Is.EqualTo(new[] { "rating.created" }));
        }
    }

    [Test]
    public async Task FiresChangedNotASecondCreated_WhenABurstIsConfirmedLater()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var token = await InviteAsync("T-rule-3");
        await RateAsync(token, "great");
        Factory.Time.Advance(TimeSpan.FromSeconds(3));
        await ApiCalls.RateOkAsync(Anonymous, token, RatingValue.NotGood);
        var duringBurst = await CountAsync("SELECT COUNT(*) FROM webhook_outbox");

        await RateAsync(token, "not_good");
        await WaitUntilSentAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(duringBurst, Is.EqualTo(1));
            var types = Receiver.Received.OrderBy(webhook => webhook.OccurredAt).Select(webhook => webhook.Type);
            Assert.That(types, Is.EqualTo(new[] { "rating.created", "rating.changed" }));
        }
    }

    [Test]
    public async Task FiresNothing_WhenAScannerSubmissionIsHeldOrARatingIsRepeated()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var token = await InviteAsync("T-rule-4");
        await RateAsync(token, "ok");
        Factory.Time.Advance(TimeSpan.FromSeconds(30));

        await LandingCalls.SubmitAsync(Anonymous, token, "not_good", stamp: "1780000000000.forged");
        await RateAsync(token, "ok");
        await WaitUntilSentAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM rating_events WHERE applied = 0"), Is.EqualTo(1));
            Assert.That(Receiver.Received.Select(webhook => webhook.Type), Is.EqualTo(new[] { "rating.created" }));
        }
    }
}
