using System.Net;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Webhooks;

public sealed class CreateWebhookRefusalTests : WebhookTestFixture
{
    [TestCase("ftp://alerts.example.com/hooks", "not_http_url")]
    [TestCase("/hooks", "not_http_url")]
    [TestCase("javascript:alert(1)", "not_http_url")]
    [TestCase("https://user:secret@alerts.example.com/hooks", "not_http_url")]
    [TestCase("https://alerts.example.com/hooks#part", "not_http_url")]
    [TestCase("", "not_empty")]
    public async Task RefusesTheUrl_WhenItIsNotAnAbsoluteHttpUrl(string url, string code)
    {
        var response = await WebhookCalls.CreateAsync(Admin, new { url, events = WebhookCalls.AllEvents });

        await AssertRefusedAsync(response, "url", code);
    }

    [Test]
    public async Task RefusesTheUrl_WhenItIsThisServicesOwnAddress()
    {
        var own = Admin.BaseAddress!;
        var urls = new[]
        {
            new Uri(own, "/api/v1/ratings").ToString(),
            $"http://localhost:{own.Port}/hooks",
            $"http://[::1]:{own.Port}/hooks",
            $"http://localhost.:{own.Port}/hooks",
            $"http://LOCALHOST.:{own.Port}/hooks",
            $"http://hooks.localhost:{own.Port}/hooks",
        };

        foreach (var url in urls)
        {
            var response = await WebhookCalls.CreateAsync(Admin, new { url, events = WebhookCalls.AllEvents });

            await AssertRefusedAsync(response, "url", "own_address");
        }
    }

    [Test]
    public async Task RefusesTheUrl_WhenItIsTheConfiguredPublicAddress()
    {
        var settings = TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live)
            .Append(new("Links:PublicBaseUrl", "https://happiness.example.com/support"));
        using var factory = new HappinessApiFactory(null, settings);
        using var admin = factory.CreateApiClient(HappinessApiFactory.AdminKey);

        var response = await WebhookCalls.CreateAsync(
            admin, new { url = "https://HAPPINESS.example.com:443/hooks", events = WebhookCalls.AllEvents });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await ApiCalls.ReadProblemAsync(response);
        Assert.That(problem.Errors!.Single().Code, Is.EqualTo("own_address"));
    }

    [Test]
    public async Task RefusesTheEvents_WhenNoneOrUnknownOnesAreNamed()
    {
        var none = await WebhookCalls.CreateAsync(Admin, new { url = Receiver.Url, events = Array.Empty<string>() });
        var unknown = await WebhookCalls.CreateAsync(
            Admin, new { url = Receiver.Url, events = new[] { "rating.created", "rating.deleted" } });
        var tooMany = await WebhookCalls.CreateAsync(
            Admin, new { url = Receiver.Url, events = Enumerable.Repeat("rating.created", 1000) });

        await AssertRefusedAsync(none, "events", "not_empty");
        await AssertRefusedAsync(unknown, "events[1]", "unknown_event");
        Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase("not-a-secret")]
    [TestCase("whsec_c2hvcnQ=")]
    [TestCase("whsec_%%%%")]
    public async Task RefusesTheSecret_WhenItIsNotAStandardWebhooksSecret(string secret)
    {
        var response = await WebhookCalls.CreateAsync(
            Admin, new { url = Receiver.Url, events = WebhookCalls.AllEvents, secret });

        await AssertRefusedAsync(response, "secret", "invalid_secret");
    }

    [Test]
    public async Task RefusesTheBody_WhenEventsIsNotAList()
    {
        var response = await WebhookCalls.CreateAsync(Admin, new { url = Receiver.Url, events = "rating.created" });

        Assert.That((await ApiCalls.ReadProblemAsync(response)).Code, Is.EqualTo("invalid_json"));
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string field, string code)
    {
        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("validation_failed"));
            Assert.That(problem.Errors!.Select(error => (error.Name, error.Code)), Does.Contain((field, code)));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM webhook_subscriptions"), Is.Zero);
        }
    }
}
