using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Webhooks;
using HappinessApi.Features.Webhooks.Create;
using HappinessApi.Features.Webhooks.GetWebhook;
using HappinessApi.Features.Webhooks.List;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Webhooks;

public sealed class ManageWebhooksTests : WebhookTestFixture
{
    [Test]
    public async Task CreatesWithAGeneratedSecretShownOnce_WhenNoSecretIsGiven()
    {
        var response = await WebhookCalls.CreateAsync(
            Admin, new { url = "https://alerts.example.com/happiness", events = new[] { "rating.created" } });

        var created = (await response.Content.ReadFromJsonAsync<CreateWebhookResponse>(ApiCalls.Json))!;
        var listed = await Admin.GetStringAsync(CreateWebhookEndpoint.Route);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"/api/v1/webhooks/{created.Id}"));
            Assert.That(created.Id, Does.StartWith("wh_"));
            Assert.That(created.Events, Is.EqualTo(new[] { "rating.created" }));
            Assert.That(created.Secret, Does.StartWith("whsec_"));
            Assert.That(Convert.FromBase64String(created.Secret["whsec_".Length..]), Has.Length.EqualTo(32));
            Assert.That(listed, Does.Contain(created.Id).And.Not.Contain(created.Secret));
        }
    }

    // An empty result gives Dapper no column types to match a row constructor against.
    [Test]
    public async Task ListsNothing_WhenNoSubscriptionExists()
    {
        var response = await Admin.GetAsync(CreateWebhookEndpoint.Route);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var list = await response.Content.ReadFromJsonAsync<ListWebhooksResponse>(ApiCalls.Json);
        Assert.That(list!.Items, Is.Empty);
    }

    [Test]
    public async Task ListsNoDeliveries_WhenNothingWasSent()
    {
        var subscription = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);

        var response = await Admin.GetAsync($"{ItemRoute(subscription.Id)}/deliveries");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("[]"));
    }

    [Test]
    public async Task ListsGetsAndDeletes_WhenSubscriptionsExist()
    {
        var first = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var second = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url, "rating.changed");

        var list = await Admin.GetFromJsonAsync<ListWebhooksResponse>(CreateWebhookEndpoint.Route, ApiCalls.Json);
        var one = await Admin.GetFromJsonAsync<WebhookResponse>(ItemRoute(second.Id), ApiCalls.Json);
        var deleted = await Admin.DeleteAsync(ItemRoute(first.Id));
        var afterDelete = await Admin.GetAsync(ItemRoute(first.Id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list!.Items.Select(item => item.Id), Is.EqualTo(new[] { first.Id, second.Id }));
            var allEvents = new[] { "rating.changed", "rating.commented", "rating.created" };
            Assert.That(list.Items[0].Events, Is.EqualTo(allEvents));
            Assert.That(one!.Url, Is.EqualTo(Receiver.Url));
            Assert.That(one.Events, Is.EqualTo(new[] { "rating.changed" }));
            Assert.That(one.CreatedAt, Is.EqualTo(second.CreatedAt));
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterDelete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await ApiCalls.ReadProblemAsync(afterDelete)).Code, Is.EqualTo("not_found"));
        }
    }

    [Test]
    public async Task DropsPendingDeliveries_WhenTheSubscriptionIsDeleted()
    {
        Receiver.AnswerNext(500);
        var subscription = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        await RateAsync(await InviteAsync("T-manage-1"), "ok");
        await WebhookCalls.WaitUntilAsync(() => Receiver.Received.Count == 1, "the first attempt is made");

        await Admin.DeleteAsync(ItemRoute(subscription.Id));
        Factory.Time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(300);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM webhook_outbox"), Is.Zero);
            Assert.That(Receiver.Received, Has.Count.EqualTo(1));
            var deliveries = await Admin.GetAsync(DeliveriesRoute(subscription.Id));
            Assert.That(deliveries.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }
    }

    [Test]
    public async Task Answers404_WhenTheSubscriptionIsUnknown()
    {
        var get = await Admin.GetAsync(ItemRoute("wh_unknown"));
        var delete = await Admin.DeleteAsync(ItemRoute("wh_unknown"));
        var deliveries = await Admin.GetAsync(DeliveriesRoute("wh_unknown"));

        Assert.That(
            new[] { get.StatusCode, delete.StatusCode, deliveries.StatusCode },
            Is.All.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Answers401Or403_WhenTheKeyIsMissingOrLacksTheScope()
    {
        using var reportsOnly = Factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);
        var body = new { url = Receiver.Url, events = WebhookCalls.AllEvents };

        var anonymous = await WebhookCalls.CreateAsync(Anonymous, body);
        var forbidden = await WebhookCalls.CreateAsync(reportsOnly, body);
        var listForbidden = await reportsOnly.GetAsync(CreateWebhookEndpoint.Route);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await ApiCalls.ReadProblemAsync(anonymous)).Code, Is.EqualTo("unauthorized"));
            Assert.That((await ApiCalls.ReadProblemAsync(forbidden)).Code, Is.EqualTo("forbidden"));
            Assert.That(listForbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM webhook_subscriptions"), Is.Zero);
        }
    }

    [Test]
    public async Task ListsDeliveriesNewestFirst_FilteredByStatus()
    {
        Receiver.AnswerNext(410);
        var subscription = await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        await RateAsync(await InviteAsync("T-manage-2"), "ok");
        await WaitUntilSentAsync();
        await RateAsync(await InviteAsync("T-manage-3"), "great");
        await WaitUntilSentAsync();

        var all = await WebhookCalls.DeliveriesAsync(Admin, subscription.Id);
        var failed = await Admin.GetStringAsync(DeliveriesRoute(subscription.Id) + "?status=failed&limit=5");
        var newest = await Admin.GetStringAsync(DeliveriesRoute(subscription.Id) + "?limit=1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Select(item => item.Status), Is.EqualTo(new[]
            {
                WebhookDeliveryStatus.Delivered, WebhookDeliveryStatus.Failed,
            }));
            Assert.That(failed, Does.Contain(all[1].Id).And.Not.Contain(all[0].Id));
            Assert.That(newest, Does.Contain(all[0].Id).And.Not.Contain(all[1].Id));
        }
    }

    private static string ItemRoute(string id) => GetWebhookEndpoint.Route.Replace("{id}", id);

    private static string DeliveriesRoute(string id) =>
        HappinessApi.Features.Webhooks.ListDeliveries.ListWebhookDeliveriesEndpoint.Route.Replace("{id}", id);
}
