using FastEndpoints;

namespace HappinessApi.Infrastructure.Caching;

/// <summary>Sends the buffered body of a success with its ETag, or a 304 when the client already has it.</summary>
public sealed class ETagPostProcessor : IGlobalPostProcessor
{
    public async Task PostProcessAsync(IPostProcessorContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var body = await BufferedBody.StopAsync(http);

        // After an exception the error handler answers on the real body; nothing buffered is kept.
        if (body is null || context.HasExceptionOccurred)
        {
            return;
        }

        if (http.Response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = EntityTags.Of(body);
            CacheHeaders.Apply(http, tag);
            if (EntityTags.Matches(http.Request, tag))
            {
                NotModified(http.Response);
                return;
            }
        }

        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, ct);
    }

    private static void NotModified(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.ContentType = null;
        response.ContentLength = null;
    }
}
