namespace HappinessApi.Infrastructure.Errors;

/// <summary>Refuses bodies that are not JSON on the JSON API before any binding runs.</summary>
public sealed class JsonContentTypeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!IsJsonApiBody(context.Request) || context.Request.HasJsonContentType())
        {
            return next(context);
        }

        var problem = ProblemFactory.Create(
            context,
            StatusCodes.Status415UnsupportedMediaType,
            ProblemCodes.UnsupportedMediaType,
            "Send the request body as application/json.");

        return ProblemFactory.WriteAsync(context, problem);
    }

    private static bool IsJsonApiBody(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && (HttpMethods.IsPost(request.Method)
            || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method));
}
