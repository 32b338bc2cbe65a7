using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HappinessApi.Tests.Features.OpenApi;

/// <summary>
/// One operation of the OpenAPI document and who it says may call it: an empty <c>security</c> list marks it
/// public, a requirement marks it private, with the scopes it needs in <c>x-required-scopes</c>.
/// </summary>
public sealed partial record DocumentedOperation(
    string Method, string Path, bool? IsPublic, IReadOnlyList<string> Scopes)
{
    public const string DocumentRoute = "/swagger/v1/swagger.json";

    private static readonly HashSet<string> Methods = ["get", "head", "post", "put", "patch", "delete"];

    public static async Task<IReadOnlyList<DocumentedOperation>> LoadAsync(HttpClient client)
    {
        var paths = JsonNode.Parse(await client.GetStringAsync(DocumentRoute))!["paths"]!.AsObject();

        return [.. paths.SelectMany(path => path.Value!.AsObject()
            .Where(operation => Methods.Contains(operation.Key))
            .Select(operation => Read(path.Key, operation.Key, operation.Value!)))];
    }

    /// <summary>A request with "x" for every route value, and an empty JSON body where one goes.</summary>
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), RouteValue().Replace(Path, "x"));
        if (Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = JsonContent.Create(new { });
        }

        return request;
    }

    public override string ToString() => $"{Method} {Path}";

    private static DocumentedOperation Read(string path, string method, JsonNode operation)
    {
        var security = operation["security"]?.AsArray();
        var scopes = operation["x-required-scopes"]?.AsArray().Select(scope => scope!.GetValue<string>()).ToList();

        return new(method.ToUpperInvariant(), path, security is null ? null : security.Count == 0, scopes ?? []);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();
}
