using Microsoft.AspNetCore.Http.Features;

namespace HappinessApi.Infrastructure.Caching;

/// <summary>The response body held in memory until its ETag is known, and the real body it stands in for.</summary>
public sealed class BufferedBody
{
    private readonly MemoryStream _buffer;

    private readonly IHttpResponseBodyFeature _original;

    private readonly StreamResponseBodyFeature _buffering;

    private BufferedBody(MemoryStream buffer, IHttpResponseBodyFeature original)
    {
        _buffer = buffer;
        _original = original;
        _buffering = new StreamResponseBodyFeature(buffer, original);
    }

    public static void Start(HttpContext context)
    {
        var buffer = new MemoryStream();
        context.Response.RegisterForDispose(buffer);

        var body = new BufferedBody(buffer, context.Features.GetRequiredFeature<IHttpResponseBodyFeature>());
        context.Features.Set(body);
        context.Features.Set<IHttpResponseBodyFeature>(body._buffering);
    }

    /// <summary>Puts the real body back and returns what was written meanwhile; null if nothing was buffered.</summary>
    public static async Task<byte[]?> StopAsync(HttpContext context)
    {
        if (context.Features.Get<BufferedBody>() is not { } body)
        {
            return null;
        }

        await body._buffering.CompleteAsync();
        context.Features.Set(body._original);
        context.Features.Set<BufferedBody>(null);

        return body._buffer.ToArray();
    }
}
