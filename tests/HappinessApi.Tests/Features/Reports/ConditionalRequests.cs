namespace HappinessApi.Tests.Features.Reports;

/// <summary>GET requests that carry an If-None-Match header, as a revalidating client sends them.</summary>
public static class ConditionalRequests
{
    public static async Task<HttpResponseMessage> ConditionalGetAsync(
        HttpClient client, string url, string? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    public static string ETagOf(HttpResponseMessage response) => response.Headers.ETag!.ToString();

    /// <summary>The header as sent; the parsed form would reorder its directives.</summary>
    public static string CacheControlOf(HttpResponseMessage response) =>
        string.Join(", ", response.Headers.NonValidated["Cache-Control"]);

    public static string Weak(string etag) => "W/" + etag;
}
