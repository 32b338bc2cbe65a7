namespace HappinessApi.Tests.Features.Cors;

/// <summary>Requests as a browser sends them from another origin, and the CORS headers of the answers.</summary>
public static class CorsRequests
{
    public static HttpRequestMessage Preflight(string route, string origin, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, route);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        return request;
    }

    public static HttpRequestMessage Get(string route, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.Add("Origin", origin);

        return request;
    }

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public static List<string> CorsHeadersOf(HttpResponseMessage response) =>
        [.. response.Headers
            .Select(header => header.Key)
            .Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))];
}
