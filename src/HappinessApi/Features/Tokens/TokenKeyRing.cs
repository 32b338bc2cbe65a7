namespace HappinessApi.Features.Tokens;

/// <summary>The keys that sign new tokens (the active one) and verify old ones (all but retired).</summary>
public sealed class TokenKeyRing
{
    private readonly Dictionary<string, TokenKey> _keys;

    public TokenKeyRing(string activeKeyId, IEnumerable<TokenKey> keys)
    {
        _keys = keys.ToDictionary(key => key.Id, StringComparer.Ordinal);
        Active = _keys[activeKeyId];
    }

    public TokenKey Active { get; }

    public TokenKey? FindVerifying(string keyId) =>
        _keys.TryGetValue(keyId, out var key) && !key.Retired ? key : null;
}
