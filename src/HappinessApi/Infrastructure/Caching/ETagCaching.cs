using FastEndpoints;

namespace HappinessApi.Infrastructure.Caching;

/// <summary>
/// Gives a GET endpoint an ETag computed from the exact bytes it sends, a Cache-Control header, and a
/// 304 answer to a matching If-None-Match, without changing its handler.
/// </summary>
public static class ETagCaching
{
    private static readonly BufferBodyPreProcessor Buffer = new();

    private static readonly ETagPostProcessor Tagger = new();

    private static readonly ProducesResponseTypeMetadata NotModified =
        new(StatusCodes.Status304NotModified, typeof(void));

    public static void UseETags(this EndpointDefinition definition)
    {
        definition.PreProcessors(Order.Before, Buffer);
        definition.PostProcessors(Order.After, Tagger);

        // Finally runs after the endpoint's own Description, which may clear the declared responses.
        definition.Options(builder => builder.Finally(endpoint => endpoint.Metadata.Add(NotModified)));
    }
}
