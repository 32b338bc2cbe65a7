using System.Diagnostics;
using System.Globalization;
using System.Text;
using HappinessApi.Configuration;
using Microsoft.Extensions.Options;
using StandardWebhooks;

namespace HappinessApi.Features.Webhooks.Dispatch;

/// <summary>Makes one signed attempt to deliver, as the Standard Webhooks specification describes.</summary>
public sealed class WebhookSender(
    IHttpClientFactory clients, OwnAddresses ownAddresses, TimeProvider time, IOptions<WebhookOptions> options)
    : IDisposable
{
    public const string ClientName = "webhooks";

    private readonly SemaphoreSlim _open = new(options.Value.MaxConcurrentSends);

    public void Dispose() => _open.Dispose();

    public async Task<AttemptResult> SendAsync(PendingDelivery delivery, CancellationToken ct)
    {
        await _open.WaitAsync(ct);
        try
        {
            return await SendSignedAsync(delivery, ct);
        }
        finally
        {
            _open.Release();
        }
    }

    private async Task<AttemptResult> SendSignedAsync(PendingDelivery delivery, CancellationToken ct)
    {
        // Checked again on every attempt: the service may listen elsewhere since the subscription was made.
        if (ownAddresses.Include(new Uri(delivery.Url)))
        {
            return AttemptResult.Refused("The URL is this service's own address.");
        }

        using var request = CreateRequest(delivery, time.GetUtcNow());
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return AttemptResult.Answered((int)response.StatusCode, RetryAfter(response), Elapsed(started));
        }
        catch (HttpRequestException exception)
        {
            return AttemptResult.Unanswered(exception.Message, Elapsed(started));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return AttemptResult.Unanswered("The receiver did not answer in time.", Elapsed(started));
        }
    }

    private static HttpRequestMessage CreateRequest(PendingDelivery delivery, DateTimeOffset timestamp)
    {
        var signature = new StandardWebhook(delivery.Secret).Sign(delivery.MessageId, timestamp, delivery.Payload);
        var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", delivery.MessageId);
        request.Headers.Add(
            "webhook-timestamp", timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature);

        return request;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
