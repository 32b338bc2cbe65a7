using HappinessApi.Configuration;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace HappinessApi.Features.Webhooks.Dispatch;

/// <summary>
/// Retries a delivery with exponential backoff and jitter until it succeeds, its receiver asks for
/// no more, or the retry window since its event has passed. Each wait is written to the outbox
/// first, so a restart resumes the schedule where this process left it.
/// </summary>
public sealed class WebhookRetryPipeline
{
    private static readonly ResiliencePropertyKey<PendingDelivery> DeliveryKey = new("webhooks.delivery");

    private readonly ResiliencePipeline<AttemptResult> _pipeline;

    private readonly WebhookOptions _options;

    private readonly TimeProvider _time;

    private readonly WebhookDeliveryStore _deliveries;

    public WebhookRetryPipeline(
        IOptions<WebhookOptions> options, TimeProvider time, WebhookDeliveryStore deliveries)
    {
        _options = options.Value;
        _time = time;
        _deliveries = deliveries;
        _pipeline = new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                ShouldHandle = ShouldRetryAsync,
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.FirstRetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                DelayGenerator = RetryAfterAsync,
                OnRetry = ScheduleAsync,
            })
            .Build();
    }

    public async Task<AttemptResult> ExecuteAsync(
        PendingDelivery delivery,
        Func<PendingDelivery, CancellationToken, ValueTask<AttemptResult>> attempt,
        CancellationToken ct)
    {
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(DeliveryKey, delivery);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (context, state) => state.attempt(state.delivery, context.CancellationToken),
                context,
                (attempt, delivery));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Exceptions are not retried: the attempt turns every failure of the receiver into a result,
    // so what is left is the service stopping or its own database failing.
    private ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<AttemptResult> arguments)
    {
        var delivery = arguments.Context.Properties.GetValue(DeliveryKey, null!);
        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(delivery.CreatedAt);

        return ValueTask.FromResult(arguments.Outcome.Result is { Retriable: true } && age < _options.RetryWindow);
    }

    private ValueTask<TimeSpan?> RetryAfterAsync(RetryDelayGeneratorArguments<AttemptResult> arguments)
    {
        TimeSpan? wait = arguments.Outcome.Result?.RetryAfter is { } asked
            ? TimeSpan.FromTicks(Math.Clamp(
                asked.Ticks, _options.FirstRetryDelay.Ticks, _options.MaxRetryDelay.Ticks))
            : null;

        return ValueTask.FromResult(wait);
    }

    private async ValueTask ScheduleAsync(OnRetryArguments<AttemptResult> arguments)
    {
        var delivery = arguments.Context.Properties.GetValue(DeliveryKey, null!);
        var next = _time.GetUtcNow() + arguments.RetryDelay;

        await _deliveries.ScheduleAsync(
            delivery.Id, next.ToUnixTimeMilliseconds(), arguments.Context.CancellationToken);
    }
}
