using HappinessApi.Features.Landing;
using Microsoft.AspNetCore.Diagnostics;

namespace HappinessApi.Infrastructure.Errors;

public static class ErrorHandlingExtensions
{
    public static IApplicationBuilder UseProblemResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteUnhandledAsync,

            // A refused request is the client's doing and is answered as such; logging it as a failure with its
            // stack would let anyone fill the log.
            SuppressDiagnosticsCallback = handled => handled.Exception is BadHttpRequestException,
        });
        return app.UseStatusCodePages(context => WriteStatusCodeAsync(context.HttpContext));
    }

    private static Task WriteUnhandledAsync(HttpContext context)
    {
        // Kestrel reports a refused request (a body over the limit, a read cut short) by throwing.
        if (context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException refused)
        {
            var status = refused.StatusCode;
            if (LandingReplies.IsBrowserOnCustomerPage(context))
            {
                return LandingReplies.SendRefusalPageAsync(context, status, context.RequestAborted);
            }

            var refusal = ProblemFactory.Create(context, status, ProblemCodes.ForStatus(status));
            return ProblemFactory.WriteAsync(context, refusal);
        }

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
