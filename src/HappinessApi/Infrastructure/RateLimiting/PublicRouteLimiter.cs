using System.Threading.RateLimiting;
using HappinessApi.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HappinessApi.Infrastructure.RateLimiting;

/// <summary>
/// One fixed window per client address on the public routes; every other request passes unlimited.
/// </summary>
public sealed class PublicRouteLimiter(IOptions<RateLimitingOptions> settings, RateLimitRejection rejection)
    : IConfigureOptions<RateLimiterOptions>
{
    private const string Unlimited = "unlimited";

    public void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = rejection.RejectAsync;
    }

    private RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!PublicRoutes.Includes(context))
        {
            return RateLimitPartition.GetNoLimiter(Unlimited);
        }

        var client = ClientPartitionKey.For(context.Connection.RemoteIpAddress);

        return RateLimitPartition.GetFixedWindowLimiter(client, _ => WindowOptions());
    }

    private FixedWindowRateLimiterOptions WindowOptions() => new()
    {
        PermitLimit = settings.Value.PermitLimit,
        Window = settings.Value.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
