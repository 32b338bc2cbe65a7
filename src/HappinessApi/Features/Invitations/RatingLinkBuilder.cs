using HappinessApi.Configuration;
using HappinessApi.Features.Ratings;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Invitations;

public sealed class RatingLinkBuilder(IOptions<PublicLinkOptions> options)
{
    public string Build(HttpRequest request, string token, RatingValue rating)
    {
        var baseUrl = options.Value.PublicBaseUrl?.ToString().TrimEnd('/')
            ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

        return $"{baseUrl}/r/{token}/{RatingValues.ToWire(rating)}";
    }
}
