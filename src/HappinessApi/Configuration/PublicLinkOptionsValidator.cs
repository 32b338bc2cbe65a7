using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed class LinkOptionsValidator : IValidateOptions<PublicLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicLinkOptions options)
    {
        var url = options.PublicBaseUrl;
        if (url is null)
        {
            return ValidateOptionsResult.Success;
        }

        return url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Links:PublicBaseUrl must be an absolute http(s) URL.");
    }
}
