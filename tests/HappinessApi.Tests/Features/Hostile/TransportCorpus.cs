using System.IO.Compression;
using System.Text;
using HappinessApi.Configuration;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>Wrong media types, content codings, oversize bodies and abused headers around valid JSON.</summary>
public static class TransportCorpus
{
    private const string Rating = """{"token":"{token}","rating":"great"}""";

    private const string Invitation = """{"ticketId":"T-3","agent":{"id":"a-1","name":"Ann"}}""";

    private const string Key = HappinessApiFactory.AdminKey;

    public static IEnumerable<HostileRequest> Cases()
    {
        yield return MediaType("text/json");
        yield return MediaType("application/jsonx");
        yield return MediaType("*/*");
        yield return MediaType("multipart/form-data; boundary=x");
        yield return MediaType(null);
        yield return Unsupported("invitation as a form", CreateInvitationEndpoint.Route, Invitation) with
        {
            ContentType = "application/x-www-form-urlencoded",
            Caller = HostileCaller.Helpdesk,
        };
        yield return Unsupported("gzip body", RecordRatingEndpoint.Route, "") with
        {
            RawBody = token => Gzip(Rating.Replace(HostileRequest.TokenSlot, token, StringComparison.Ordinal)),
            Headers = [new("Content-Encoding", "gzip")],
        };
        yield return Unsupported("gzip declared on a plain body", RecordRatingEndpoint.Route, Rating) with
        {
            Headers = [new("Content-Encoding", "gzip")],
        };
        yield return Unsupported("brotli declared", RecordRatingEndpoint.Route, Rating) with
        {
            Headers = [new("Content-Encoding", "br")],
        };

        var overLimit = (int)OptionsRegistration.MaxRequestBodyBytes + 1;
        yield return TooLarge("rating of 1 MiB and one byte", RecordRatingEndpoint.Route, Padded(overLimit));
        yield return TooLarge("invitation of 2 MB", CreateInvitationEndpoint.Route, Padded(2_000_000)) with
        {
            Caller = HostileCaller.Helpdesk,
        };
        yield return TooLarge("rating of 2 MB in chunks", RecordRatingEndpoint.Route, Padded(2_000_000)) with
        {
            Chunked = true,
        };

        yield return Unauthorized("empty bearer", "Bearer ");
        yield return Unauthorized("basic credentials", "Basic " + Base64($"admin:{Key}"));
        yield return Unauthorized("key followed by a word", $"Bearer {Key} please");
        yield return Unauthorized("key prefix", $"Bearer {Key[..^1]}");
        yield return Unauthorized("key upper-cased", $"Bearer {Key.ToUpperInvariant()}");
        yield return Unauthorized("key of 10,000 characters", $"Bearer {new string('k', 10_000)}");
        yield return Unauthorized("two keys", "Bearer wrong-key-0123456789", $"Bearer {Key}");
        yield return Unauthorized("key in another header", []) with { Headers = [new("X-Api-Key", Key)] };
        yield return new HostileRequest(
            "key in the query", HttpMethod.Post, $"{CreateInvitationEndpoint.Route}?api_key={Key}", 401, "unauthorized")
        {
            Body = Invitation,
        };
    }

    private static HostileRequest MediaType(string? contentType) =>
        Unsupported($"content type {contentType ?? "missing"}", RecordRatingEndpoint.Route, Rating) with
        {
            ContentType = contentType,
        };

    private static HostileRequest Unsupported(string name, string route, string body) =>
        new(name, HttpMethod.Post, route, 415, "unsupported_media_type") { Body = body };

    private static HostileRequest TooLarge(string name, string route, string body) =>
        new(name, HttpMethod.Post, route, 413, "request_too_large") { Body = body };

    private static HostileRequest Unauthorized(string name, params string[] authorizations) =>
        new(name, HttpMethod.Post, CreateInvitationEndpoint.Route, 401, "unauthorized")
        {
            Body = Invitation,
            Headers = [.. authorizations.Select(value => new KeyValuePair<string, string>("Authorization", value))],
        };

    // Valid JSON of exactly the given size, so that only its length is wrong.
    private static string Padded(int size)
    {
        const string start = "{\"token\":\"x\",\"rating\":\"great\",\"comment\":\"";
        return start + new string('a', size - start.Length - 2) + "\"}";
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
