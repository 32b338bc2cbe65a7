using System.Net;
using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var failures = new List<string>();

        if (options.PermitLimit <= 0)
        {
            failures.Add("RateLimiting:PermitLimit must be positive.");
        }

        if (options.Window <= TimeSpan.Zero)
        {
            failures.Add("RateLimiting:Window must be positive.");
        }

        failures.AddRange(options.TrustedProxies
            .Where(proxy => !IPAddress.TryParse(proxy, out _))
            .Select(proxy => $"RateLimiting:TrustedProxies entry '{proxy}' is not an IP address."));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
