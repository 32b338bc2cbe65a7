using HappinessApi.Configuration;
using HappinessApi.Features.Tokens;
using Microsoft.Extensions.Options;

namespace HappinessApi.Tests.Infrastructure;

/// <summary>The token keys the test service is configured with, so tests can sign tokens as a helpdesk would.</summary>
public static class TestKeys
{
    public static readonly TokenKey Live = new("k-live", Secret(1), Retired: false);

    public static readonly TokenKey Old = new("k-old", Secret(2), Retired: false);

    public static readonly TokenKey Gone = new("k-gone", Secret(3), Retired: true);

    /// <summary>Claims to be the live key, with a secret the service does not know.</summary>
    public static readonly TokenKey Impostor = new("k-live", Secret(9), Retired: false);

    public static IEnumerable<KeyValuePair<string, string?>> Settings(string activeKeyId, params TokenKey[] keys)
    {
        yield return new("Tokens:ActiveKeyId", activeKeyId);
        for (var index = 0; index < keys.Length; index++)
        {
            yield return new($"Tokens:Keys:{index}:Id", keys[index].Id);
            yield return new($"Tokens:Keys:{index}:Secret", Convert.ToBase64String(keys[index].Secret));
            yield return new($"Tokens:Keys:{index}:Retired", keys[index].Retired.ToString());
        }
    }

    /// <summary>A codec that signs with the given key, whatever the service thinks of it.</summary>
    public static RatingTokenCodec SignerFor(TokenKey key, TimeProvider time) =>
        new(new TokenKeyRing(key.Id, [key with { Retired = false }]), time, Options.Create(new TokenOptions()));

    private static byte[] Secret(byte seed) => [.. Enumerable.Range(0, 32).Select(index => (byte)(index * 7 + seed))];
}
