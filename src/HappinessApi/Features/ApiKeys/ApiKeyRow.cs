namespace HappinessApi.Features.ApiKeys;

/// <summary>A stored API key: scopes are separated by spaces, times are Unix milliseconds.</summary>
public sealed record ApiKeyRow(
    string Id,
    string Name,
    string Scopes,
    byte[] SecretHash,
    long CreatedAt,
    long? RevokedAt)
{
    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
