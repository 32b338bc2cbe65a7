using System.Net.Http.Json;
using HappinessApi.Features.Webhooks.Create;
using HappinessApi.Features.Webhooks.ListDeliveries;
using HappinessApi.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace HappinessApi.Tests.Features.Webhooks;

/// <summary>The calls an integrator makes to manage webhooks, and waits for what the dispatcher does.</summary>
public static class WebhookCalls
{
    public static readonly string[] AllEvents = ["rating.created", "rating.changed", "rating.commented"];

    public static readonly KeyValuePair<string, string?> FastPoll = new("Webhooks:PollInterval", "00:00:00.020");

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync(CreateWebhookEndpoint.Route, body, ApiCalls.Json);

    public static async Task<CreateWebhookResponse> SubscribeAsync(
        HttpClient client, string url, params string[] events)
    {
        var body = new { url, events = events.Length == 0 ? AllEvents : events, secret = WebhookReceiver.Secret };
        var response = await CreateAsync(client, body);
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<CreateWebhookResponse>(ApiCalls.Json))!;
    }

    public static async Task<IReadOnlyList<WebhookDeliveryResponse>> DeliveriesAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync(ListWebhookDeliveriesEndpoint.Route.Replace("{id}", id));
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<ListWebhookDeliveriesResponse>(ApiCalls.Json))!.Items;
    }

    /// <summary>Waits, on the wall clock, until the condition holds; fails after ten seconds.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Gave up waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }

    public static Task WaitUntilAsync(Func<bool> condition, string what) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what);

    /// <summary>
    /// Moves the service's clock on by steps until the condition holds, giving the dispatcher a
    /// moment after each step, because a retry waits on that clock.
    /// </summary>
    public static async Task AdvanceUntilAsync(
        FakeTimeProvider time, TimeSpan step, Func<Task<bool>> condition, string what, int maxSteps = 200)
    {
        for (var steps = 0; !await condition(); steps++)
        {
            if (steps == maxSteps)
            {
                Assert.Fail($"Gave up moving the clock until {what}.");
            }

            time.Advance(step);
            await Task.Delay(30);
        }
    }
}
