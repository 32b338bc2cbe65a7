namespace HappinessApi.Configuration;

public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Requests one client address may make to the public routes in each window.</summary>
    public int PermitLimit { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Addresses of the reverse proxies whose X-Forwarded-For is believed; with none, the header is ignored.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];
}
