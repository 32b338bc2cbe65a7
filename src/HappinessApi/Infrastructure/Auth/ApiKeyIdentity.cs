namespace HappinessApi.Infrastructure.Auth;

/// <summary>The key a request was made with: its id, its name and the scopes it grants.</summary>
/// <param name="Id">The stored key's id, or <c>config:</c> and the name for a key from configuration.</param>
/// <param name="Name">The name the key was given.</param>
/// <param name="Scopes">The scopes the key grants.</param>
public sealed record ApiKeyIdentity(string Id, string Name, IReadOnlyList<string> Scopes)
{
    public const string ConfiguredIdPrefix = "config:";
}
