using System.Net;
using HappinessApi.Configuration;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace HappinessApi.Infrastructure.RateLimiting;

public static class RateLimitingSetup
{
    public static IServiceCollection AddHappinessRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();
        services.AddSingleton<RateLimitRejection>();
        services.ConfigureOptions<PublicRouteLimiter>();

        return services.AddRateLimiter(_ => { });
    }

    public static IApplicationBuilder UseHappinessRateLimiting(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        if (settings.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders(TrustOnly(settings.TrustedProxies));
        }

        return app.UseRateLimiter();
    }

    private static ForwardedHeadersOptions TrustOnly(IEnumerable<string> proxies)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor,
            // Walks back through a chain of trusted proxies and stops at the first address that is none of them.
            ForwardLimit = null,
        };

        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        return options;
    }
}
