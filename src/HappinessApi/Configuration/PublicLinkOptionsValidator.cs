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

        var valid = url.IsAbsoluteUri
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && url.Query.Length == 0
            && url.Fragment.Length == 0
            && url.UserInfo.Length == 0;

        return valid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                "Links:PublicBaseUrl must be an absolute http(s) URL without user, query or fragment.");
    }
}
