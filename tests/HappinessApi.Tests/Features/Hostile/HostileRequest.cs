using System.Net.Http.Headers;
using System.Text;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>Who sends a hostile request: nobody, a helpdesk with an admin key, or a report reader.</summary>
public enum HostileCaller
{
    Anonymous,
    Helpdesk,
    Reporter,
}

/// <summary>
/// One hostile request and the refusal it must get. In a route, body or header, "{token}" stands for a
/// valid token of an invitation the test has just created, so that only the hostile part is wrong.
/// </summary>
public sealed record HostileRequest(string Name, HttpMethod Method, string Route, int Status, string Code)
{
    public const string TokenSlot = "{token}";

    public string? Body { get; init; }

    /// <summary>The body as bytes, when the encoding itself is hostile; wins over <see cref="Body"/>.</summary>
    public Func<string, byte[]>? RawBody { get; init; }

    public string? ContentType { get; init; } = "application/json";

    public HostileCaller Caller { get; init; } = HostileCaller.Anonymous;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public bool Chunked { get; init; }

    /// <summary>The field the problem must name, when the refusal is about one field.</summary>
    public string? Field { get; init; }

    public HttpRequestMessage ToMessage(string token)
    {
        var request = new HttpRequestMessage(Method, Fill(Route, token));
        var bytes = RawBody?.Invoke(token) ?? (Body is null ? null : Encoding.UTF8.GetBytes(Fill(Body, token)));
        if (bytes is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = ContentType is null ? null : MediaTypeHeaderValue.Parse(ContentType);
            request.Headers.TransferEncodingChunked = Chunked;

            // A body the service refuses by its length alone is then not sent, and the refusal can be read.
            request.Headers.ExpectContinue = bytes.Length > 64 * 1024;
        }

        foreach (var (name, value) in Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, Fill(value, token)))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, Fill(value, token));
            }
        }

        return request;
    }

    public TestCaseData ToTestCase() => new TestCaseData(this).SetArgDisplayNames(Name);

    public override string ToString() => Name;

    private static string Fill(string text, string token) => text.Replace(TokenSlot, token, StringComparison.Ordinal);
}
