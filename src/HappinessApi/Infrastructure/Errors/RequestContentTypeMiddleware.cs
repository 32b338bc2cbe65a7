using HappinessApi.Features.Landing;
using Microsoft.Net.Http.Headers;

namespace HappinessApi.Infrastructure.Errors;

/// <summary>
/// Refuses a body of the wrong media type, or in a content coding such as gzip, before any binding
/// runs: uncompressed UTF-8 JSON on the API, an HTML form on the customer's pages. It runs after
/// routing and authentication, so an unknown route, a wrong method or a missing key is answered as such first.
/// </summary>
public sealed class RequestContentTypeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HasBody(request) || !RoutesToAnEndpointFor(context))
        {
            return next(context);
        }

        if (IsCoded(request))
        {
            // RFC 9110, 15.5.16: name the codings that would have been accepted.
            context.Response.Headers.AcceptEncoding = "identity";
            return RefuseAsync(context, "Send the request body without a Content-Encoding.");
        }

        if (IsApi(request)
            ? TryAcceptJson(request)
            : !LandingRoutes.IsCustomerPage(request.Path) || request.HasFormContentType)
        {
            return next(context);
        }

        var expected = IsApi(request)
            ? "application/json in UTF-8"
            : "an HTML form (application/x-www-form-urlencoded)";
        return RefuseAsync(context, $"Send the request body as {expected}.");
    }

    private static Task RefuseAsync(HttpContext context, string detail)
    {
        var problem = ProblemFactory.Create(
            context, StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, detail);

        return ProblemFactory.WriteAsync(context, problem);
    }

    // Nothing here decodes a body, so a coded one would be read as its compressed bytes.
    private static bool IsCoded(HttpRequest request) =>
        request.Headers.ContentEncoding.Any(coding => !string.IsNullOrWhiteSpace(coding)
            && !coding.Trim().Equals("identity", StringComparison.OrdinalIgnoreCase));

    // JSON is UTF-8 (RFC 8259); the header is rewritten without parameters, because the framework
    // cannot read a quoted charset.
    private static bool TryAcceptJson(HttpRequest request)
    {
        if (!request.HasJsonContentType() || !MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return false;
        }

        var charset = HeaderUtilities.RemoveQuotes(mediaType.Charset).Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        request.ContentType = mediaType.MediaType.Value;
        return true;
    }

    // Routing stands in an endpoint that answers 405 when only the method is wrong; that answer wins.
    private static bool RoutesToAnEndpointFor(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
            .Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase) == true;

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static bool HasBody(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        || HttpMethods.IsPut(request.Method)
        || HttpMethods.IsPatch(request.Method);
}
