namespace HappinessApi.Features.Health;

/// <summary>Whether the service is up.</summary>
/// <param name="Status">ok when alive, ready when it can serve requests.</param>
public sealed record HealthStatusResponse(string Status);
