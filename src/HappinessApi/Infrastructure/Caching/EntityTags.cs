using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace HappinessApi.Infrastructure.Caching;

public static class EntityTags
{
    /// <summary>A strong validator: the SHA-256 of the body bytes, base64url, quoted.</summary>
    public static EntityTagHeaderValue Of(byte[] body) =>
        new($"\"{Base64Url.EncodeToString(SHA256.HashData(body))}\"");

    /// <summary>
    /// True when If-None-Match is "*" or lists the tag, compared weakly as RFC 9110 asks, so W/"x" matches "x".
    /// A malformed header matches nothing, and the full response is sent.
    /// </summary>
    public static bool Matches(HttpRequest request, EntityTagHeaderValue tag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var listed))
        {
            return false;
        }

        return listed.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, false));
    }
}
