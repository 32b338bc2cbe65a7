using HappinessApi.Configuration;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HappinessApi.Infrastructure.Cors;

/// <summary>
/// Lets the configured origins read the public report from a browser. Only an endpoint that asks for
/// <see cref="PolicyName"/> answers with CORS headers; there is no default policy.
/// </summary>
public static class ReportCors
{
    public const string PolicyName = "public-report";

    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(1);

    public static IServiceCollection AddReportCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>()
            .Configure<IOptions<PublicReportOptions>>((cors, report) => cors.AddPolicy(PolicyName, policy => policy
                .WithOrigins([.. report.Value.AllowedOrigins])
                .WithMethods(HttpMethods.Get)
                .WithHeaders(HeaderNames.Authorization, HeaderNames.IfNoneMatch)
                .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter)
                .SetPreflightMaxAge(PreflightMaxAge)));

        return services;
    }

    public static WebApplication UseReportCors(this WebApplication app)
    {
        // Registered before the CORS middleware, so its callback runs after CORS has written its headers.
        if (app.Services.GetRequiredService<IOptions<PublicReportOptions>>().Value.AllowedOrigins.Count > 0)
        {
            app.Use(VaryByOrigin);
        }

        app.UseCors();

        return app;
    }

    // The report may sit in shared caches, and the CORS middleware marks only the answers it allows; an answer
    // to one origin must never be reused for another, allowed or not.
    private static Task VaryByOrigin(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IEnableCorsAttribute>()?.PolicyName == PolicyName)
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (!headers.Vary.Any(value => value?.Contains(HeaderNames.Origin, StringComparison.Ordinal) == true))
                {
                    headers.Append(HeaderNames.Vary, HeaderNames.Origin);
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
