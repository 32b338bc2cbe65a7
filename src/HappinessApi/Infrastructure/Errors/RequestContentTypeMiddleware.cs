using Microsoft.Net.Http.Headers;

namespace HappinessApi.Infrastructure.Errors;

/// <summary>
/// Refuses a body of the wrong media type before any binding runs: UTF-8 JSON on the API, an HTML
/// form on the customer's pages. It runs after routing and authentication, so an unknown route, a
/// wrong method or a missing key is answered as such first.
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

        if (IsApi(request) ? TryAcceptJson(request) : !IsCustomerPage(request) || request.HasFormContentType)
        {
            return next(context);
        }

        var expected = IsApi(request)
            ? "application/json in UTF-8"
            : "an HTML form (application/x-www-form-urlencoded)";
        var problem = ProblemFactory.Create(
            context,
            StatusCodes.Status415UnsupportedMediaType,
            ProblemCodes.UnsupportedMediaType,
            $"Send the request body as {expected}.");

        return ProblemFactory.WriteAsync(context, problem);
    }

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

    private static bool IsCustomerPage(HttpRequest request) =>
        request.Path.StartsWithSegments("/r", StringComparison.OrdinalIgnoreCase);

    private static bool HasBody(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        || HttpMethods.IsPut(request.Method)
        || HttpMethods.IsPatch(request.Method);
}
