using HappinessApi.Tests.Features.Webhooks;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Write;

/// <summary>The webhook events a helpdesk's own ratings fire, through the same outbox as a customer's.</summary>
public sealed class WriteRatingWebhookTests : WebhookTestFixture
{
    [Test]
    public async Task WritesOneCreatedEventToTheOutbox_WhenTheHelpdeskSendsTheSameRatingTwice()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var invitation = await ApiCalls.CreateInvitationAsync(Admin, "T-write-1");

        await WriteRatingCalls.WriteAsync(Admin, invitation.Id, new { rating = "great", comment = "Thanks" });
        await WriteRatingCalls.WriteAsync(Admin, invitation.Id, new { rating = "great", comment = "Thanks" });
        await WaitUntilSentAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM webhook_outbox"), Is.EqualTo(1));
            Assert.That(
                await CountAsync("SELECT COUNT(*) FROM webhook_outbox WHERE event_type = 'rating.created'"),
                Is.EqualTo(1));
            Assert.That(Receiver.Received.Select(webhook => webhook.Type), Is.EqualTo(new[] { "rating.created" }));
        }
    }

    [Test]
    public async Task FiresCreatedThenChanged_WhenTheHelpdeskChangesTheValueWithinASecond()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var invitation = await ApiCalls.CreateInvitationAsync(Admin, "T-write-2");

        await WriteRatingCalls.WriteAsync(Admin, invitation.Id, new { rating = "great" });
        Factory.Time.Advance(TimeSpan.FromMilliseconds(500));
        await WriteRatingCalls.WriteAsync(Admin, invitation.Id, new { rating = "not_good" });
        await WaitUntilSentAsync();

        var types = Receiver.Received.OrderBy(webhook => webhook.OccurredAt).Select(webhook => webhook.Type);
        Assert.That(types, Is.EqualTo(new[] { "rating.created", "rating.changed" }));
    }
}
