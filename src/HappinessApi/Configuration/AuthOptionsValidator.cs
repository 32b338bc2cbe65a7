using HappinessApi.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public const int MinKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();

        foreach (var key in options.Keys)
        {
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add("Every Auth:Keys entry needs a Name.");
            }

            if (key.Key.Length < MinKeyLength)
            {
                failures.Add($"Auth:Keys '{key.Name}' needs a Key of at least {MinKeyLength} characters.");
            }

            failures.AddRange(key.Scopes
                .Where(scope => !ApiScopes.All.Contains(scope))
                .Select(scope => $"Auth:Keys '{key.Name}' names the unknown scope '{scope}'."));
        }

        if (options.Keys.DistinctBy(key => key.Key, StringComparer.Ordinal).Count() != options.Keys.Count)
        {
            failures.Add("Auth:Keys must not share a Key value.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
