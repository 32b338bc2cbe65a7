using HappinessApi.Features.Health;
using Microsoft.AspNetCore.Authorization;

namespace HappinessApi.Infrastructure.RateLimiting;

/// <summary>
/// The routes anyone may call without an API key, read from the matched endpoint so that a new anonymous
/// endpoint is limited without naming it here. The probes are left out: an orchestrator must never be refused.
/// </summary>
public static class PublicRoutes
{
    public static bool Includes(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata && Includes(metadata, context.Request.Path);

    public static bool Includes(IEnumerable<object> metadata, PathString path) =>
        metadata.OfType<IAllowAnonymous>().Any() && !IsProbe(path);

    private static bool IsProbe(PathString path) =>
        path.Equals(GetHealthEndpoint.Route, StringComparison.OrdinalIgnoreCase)
        || path.Equals(GetReadinessEndpoint.Route, StringComparison.OrdinalIgnoreCase);
}
