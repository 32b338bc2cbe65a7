using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using HappinessApi.Configuration;
using HappinessApi.Features.Landing;
using HappinessApi.Infrastructure.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HappinessApi.Infrastructure.RateLimiting;

/// <summary>Answers a refused request with 429, Retry-After and a problem body.</summary>
public sealed partial class RateLimitRejection(
    IOptions<RateLimitingOptions> settings, TimeProvider time, ILogger<RateLimitRejection> logger)
{
    private const long NeverWarned = 0;

    private long _lastWarning = NeverWarned;

    public ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = WholeSeconds(RetryAfter(rejected.Lease));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        Log(context);

        if (LandingReplies.IsBrowserOnCustomerPage(context))
        {
            var page = LandingReplies.SendRefusalPageAsync(context, StatusCodes.Status429TooManyRequests, ct);
            return new ValueTask(page);
        }

        var problem = ProblemFactory.Create(
            context,
            StatusCodes.Status429TooManyRequests,
            ProblemCodes.RateLimited,
            $"Too many requests from this address. Try again in {seconds} seconds.");

        return new ValueTask(ProblemFactory.WriteAsync(context, problem));
    }

    private TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : settings.Value.Window;

    private static long WholeSeconds(TimeSpan delay) => Math.Max(1, (long)Math.Ceiling(delay.TotalSeconds));

    private void Log(HttpContext context)
    {
        if (IsFirstInWindow())
        {
            LogLimitReached(logger, settings.Value.PermitLimit, settings.Value.Window);
        }

        LogRejected(logger, context.Connection.RemoteIpAddress, context.Request.Path);
    }

    // The warning comes at most once a window, so that a client hammering the service cannot flood the log.
    private bool IsFirstInWindow()
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastWarning);
        if (last != NeverWarned && time.GetElapsedTime(last, now) < settings.Value.Window)
        {
            return false;
        }

        return Interlocked.CompareExchange(ref _lastWarning, now, last) == last;
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning,
        Message = "A client reached the limit of {PermitLimit} requests per {Window}; "
            + "further refusals in this window are logged at Debug")]
    private static partial void LogLimitReached(ILogger logger, int permitLimit, TimeSpan window);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Debug, Message = "Refused {Path} from {Address}: rate limited")]
    private static partial void LogRejected(ILogger logger, IPAddress? address, PathString path);
}
