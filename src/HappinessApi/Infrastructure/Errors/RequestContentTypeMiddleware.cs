namespace HappinessApi.Infrastructure.Errors;

/// <summary>
/// Refuses a body of the wrong media type before any binding runs: JSON on the API, an HTML form
/// on the customer's pages. Doing it here gives every such refusal the same problem response.
/// </summary>
public sealed class RequestContentTypeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HasBody(request) || IsAccepted(request))
        {
            return next(context);
        }

        var expected = IsApi(request) ? "application/json" : "an HTML form (application/x-www-form-urlencoded)";
        var problem = ProblemFactory.Create(
            context,
            StatusCodes.Status415UnsupportedMediaType,
            ProblemCodes.UnsupportedMediaType,
            $"Send the request body as {expected}.");

        return ProblemFactory.WriteAsync(context, problem);
    }

    private static bool IsAccepted(HttpRequest request) => IsApi(request)
        ? request.HasJsonContentType()
        : !IsCustomerPage(request) || request.HasFormContentType;

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static bool IsCustomerPage(HttpRequest request) =>
        request.Path.StartsWithSegments("/r", StringComparison.OrdinalIgnoreCase);

    private static bool HasBody(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        || HttpMethods.IsPut(request.Method)
        || HttpMethods.IsPatch(request.Method);
}
