using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;

namespace HappinessApi.Infrastructure.Caching;

public static class CacheHeaders
{
    // A minute of staleness is acceptable for the anonymous report, and it spares the database repeated reads.
    public const string Public = "public, max-age=60";

    // Keyed reports may be kept by the client only, and are checked with If-None-Match before every reuse.
    public const string Private = "private, no-cache";

    public static void Apply(HttpContext context, EntityTagHeaderValue tag)
    {
        var headers = context.Response.Headers;
        headers.ETag = tag.ToString();
        if (IsAnonymous(context))
        {
            headers.CacheControl = Public;
            return;
        }

        headers.CacheControl = Private;
        headers.Vary = HeaderNames.Authorization;
    }

    private static bool IsAnonymous(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
