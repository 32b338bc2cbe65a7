using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        Check(failures, options.RetryWindow >= TimeSpan.FromDays(1), "Webhooks:RetryWindow must be a day or more.");
        Check(
            failures,
            options.FirstRetryDelay >= TimeSpan.FromSeconds(1) && options.FirstRetryDelay <= TimeSpan.FromHours(1),
            "Webhooks:FirstRetryDelay must be between 1 second and 1 hour.");
        Check(
            failures,
            options.MaxRetryDelay >= options.FirstRetryDelay && options.MaxRetryDelay <= TimeSpan.FromDays(1),
            "Webhooks:MaxRetryDelay must be at least Webhooks:FirstRetryDelay and at most a day.");
        Check(
            failures,
            options.AttemptTimeout >= TimeSpan.FromSeconds(1) && options.AttemptTimeout <= TimeSpan.FromMinutes(2),
            "Webhooks:AttemptTimeout must be between 1 second and 2 minutes.");
        Check(
            failures,
            options.PollInterval >= TimeSpan.FromMilliseconds(10) && options.PollInterval <= TimeSpan.FromHours(1),
            "Webhooks:PollInterval must be between 10 milliseconds and 1 hour.");
        Check(
            failures,
            options.MaxConcurrentSends is >= 1 and <= 64,
            "Webhooks:MaxConcurrentSends must be between 1 and 64.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string message)
    {
        if (!valid)
        {
            failures.Add(message);
        }
    }
}
