using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed class PublicReportOptionsValidator : IValidateOptions<PublicReportOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicReportOptions options)
    {
        var failures = options.AllowedOrigins
            .Where(origin => !IsOrigin(origin))
            .Select(origin => $"PublicReport:AllowedOrigins '{origin}' is not an origin "
                + "such as https://status.example.com (scheme, host and port only, no trailing slash).")
            .ToList();

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.UserInfo.Length == 0
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase);
}
