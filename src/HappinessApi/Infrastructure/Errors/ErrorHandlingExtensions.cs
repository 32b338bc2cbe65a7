using Microsoft.AspNetCore.Diagnostics;

namespace HappinessApi.Infrastructure.Errors;

public static class ErrorHandlingExtensions
{
    public static IApplicationBuilder UseProblemResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(errorApp => errorApp.Run(WriteUnhandledAsync));
        app.UseStatusCodePages(context => WriteStatusCodeAsync(context.HttpContext));

        return app.UseMiddleware<RequestContentTypeMiddleware>();
    }

    private static Task WriteUnhandledAsync(HttpContext context)
    {
        var problem = ProblemFactory.Create(
            context,
            StatusCodes.Status500InternalServerError,
            ProblemCodes.InternalError,
            "The server could not complete the request. Quote the trace id when reporting it.");

        return ProblemFactory.WriteAsync(context, problem);
    }

    private static Task WriteStatusCodeAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var problem = ProblemFactory.Create(context, status, ProblemCodes.ForStatus(status));

        return ProblemFactory.WriteAsync(context, problem);
    }
}
