using HappinessApi.Features.Tokens;
using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed class TokenOptionsValidator : IValidateOptions<TokenOptions>
{
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, TokenOptions options)
    {
        var failures = new List<string>();

        if (options.DefaultLifetime <= TimeSpan.Zero || options.DefaultLifetime > options.MaxLifetime)
        {
            failures.Add("Tokens:DefaultLifetime must be positive and no longer than Tokens:MaxLifetime.");
        }

        if (options.AllowedClockSkew < TimeSpan.Zero || options.AllowedClockSkew > MaxClockSkew)
        {
            failures.Add($"Tokens:AllowedClockSkew must be between zero and {MaxClockSkew}.");
        }

        if (options.Keys.Count > 0)
        {
            failures.AddRange(ValidateKeys(options));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ValidateKeys(TokenOptions options)
    {
        foreach (var key in options.Keys)
        {
            if (!TokenKey.IsValidId(key.Id))
            {
                yield return $"Tokens:Keys id '{key.Id}' must be 1-16 letters, digits, '-' or '_'.";
            }

            if (!TokenKey.TryDecodeSecret(key.Secret, out _))
            {
                yield return $"Tokens:Keys '{key.Id}' needs a base64 Secret of at least "
                    + $"{TokenKey.MinSecretBytes} bytes.";
            }
        }

        if (options.Keys.DistinctBy(key => key.Id, StringComparer.Ordinal).Count() != options.Keys.Count)
        {
            yield return "Tokens:Keys ids must be unique.";
        }

        var active = options.Keys.FirstOrDefault(key => key.Id == options.ActiveKeyId);
        if (active is null || active.Retired)
        {
            yield return "Tokens:ActiveKeyId must name a key of Tokens:Keys that is not retired.";
        }
    }
}
