using System.Collections.Concurrent;
using HappinessApi.Configuration;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Webhooks.Dispatch;

/// <summary>
/// Sends the deliveries of the outbox that are due, each through the retry pipeline. Everything it
/// knows is in the outbox, so after a restart it simply takes up the pending rows again.
/// </summary>
public sealed class WebhookDispatcher(
    WebhookDeliveryStore deliveries,
    WebhookSender sender,
    WebhookRetryPipeline retries,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private const int BatchSize = 100;

    // Long enough for an attempt to end; a process that stops mid-attempt has it retried after this.
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<long, Task> _inFlight = new();

    // The poll runs on the wall clock, so a test clock that stands still does not stop it; which
    // deliveries are due, and when to retry, is decided by the service's TimeProvider.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        try
        {
            do
            {
                await StartDueAsync(stoppingToken);
            }
            while (await WaitForTickAsync(timer, stoppingToken));
        }
        finally
        {
            await Task.WhenAll(_inFlight.Values);
        }
    }

    private async Task StartDueAsync(CancellationToken ct)
    {
        IReadOnlyList<PendingDelivery> due;
        try
        {
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            due = await deliveries.FindDueAsync(now, BatchSize + _inFlight.Count, ct);
        }
        catch (Exception exception) when (!ct.IsCancellationRequested)
        {
            WebhookLog.PollFailed(logger, exception);
            return;
        }

        foreach (var delivery in due)
        {
            if (!_inFlight.TryAdd(delivery.Id, Task.CompletedTask))
            {
                continue;
            }

            var running = Task.Run(() => DeliverAsync(delivery, ct), CancellationToken.None);
            _inFlight.TryUpdate(delivery.Id, running, Task.CompletedTask);
        }
    }

    private async Task DeliverAsync(PendingDelivery delivery, CancellationToken ct)
    {
        try
        {
            var result = await retries.ExecuteAsync(delivery, AttemptAsync, ct);
            if (!result.Withdrawn)
            {
                await deliveries.FinishAsync(delivery.Id, result.Succeeded, ct);
                LogFinished(delivery, result);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: the delivery stays pending and is taken up again after the restart.
        }
        catch (Exception exception)
        {
            WebhookLog.DeliveryBroke(logger, delivery.MessageId, delivery.Id, exception);
        }
        finally
        {
            _inFlight.TryRemove(delivery.Id, out _);
        }
    }

    private async ValueTask<AttemptResult> AttemptAsync(PendingDelivery delivery, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var attemptedAt = now.ToUnixTimeMilliseconds();
        var leaseEnd = (now + options.Value.AttemptTimeout + LeaseMargin).ToUnixTimeMilliseconds();
        if (!await deliveries.LeaseAsync(delivery.Id, attemptedAt, leaseEnd, ct))
        {
            return AttemptResult.NotPending;
        }

        var result = await sender.SendAsync(delivery, ct);
        await deliveries.RecordAttemptAsync(delivery.Id, attemptedAt, result, ct);
        if (!result.Succeeded)
        {
            WebhookLog.NotAccepted(logger, delivery.MessageId, delivery.Id, result.StatusCode, result.Error);
        }

        return result;
    }

    private void LogFinished(PendingDelivery delivery, AttemptResult result)
    {
        if (result.Succeeded)
        {
            WebhookLog.Delivered(logger, delivery.MessageId, delivery.Id);
        }
        else
        {
            WebhookLog.GaveUp(logger, delivery.MessageId, delivery.Id, result.StatusCode, result.Error);
        }
    }

    private static async Task<bool> WaitForTickAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
