using System.Text.Json.Nodes;
using HappinessApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HappinessApi.Tests.Features.OpenApi;

public sealed class OpenApiDocumentTests : ApiTestFixture
{
    private const string DocumentRoute = "/swagger/v1/swagger.json";

    [Test]
    public async Task ListsEveryEndpoint_WhenDocumentIsLoaded()
    {
        var paths = (await LoadDocumentAsync())["paths"]!.AsObject();

        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => (Path: "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), Method: method)))
            .ToList();

        Assert.That(routes, Has.Count.GreaterThanOrEqualTo(5));
        Assert.Multiple(() =>
        {
            foreach (var (path, method) in routes)
            {
                Assert.That(paths[path]?[method.ToLowerInvariant()], Is.Not.Null, $"{method} {path}");
            }
        });
    }

    [TestCase("CreateInvitationResponse", new[] { "id", "token", "expiresAt", "links" })]
    [TestCase("RecordRatingRequest", new[] { "token", "rating" })]
    [TestCase("GetReportResponse", new[] { "window", "counts", "percentages", "ratings" })]
    [TestCase("ApiProblem", new[] { "type", "title", "status", "instance", "code", "traceId" })]
    public async Task ShowsNonNullableFieldsAsRequired_WhenSchemaIsLoaded(string schema, string[] required)
    {
        var schemas = (await LoadDocumentAsync())["components"]!["schemas"]!;

        var properties = schemas[schema]!["properties"]!.AsObject();
        var listed = schemas[schema]!["required"]!.AsArray().Select(node => node!.GetValue<string>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(listed, Is.SupersetOf(required));
            foreach (var name in required)
            {
                Assert.That(properties[name]!["nullable"]?.GetValue<bool>() ?? false, Is.False, name);
            }
        }
    }

    [Test]
    public async Task DocumentsErrorResponsesAsProblems_WhenEndpointCanRefuse()
    {
        var paths = (await LoadDocumentAsync())["paths"]!;

        var refusal = paths["/api/v1/ratings"]!["post"]!["responses"]!["400"]!["content"]!["application/problem+json"];

        Assert.That(refusal?["schema"]?["$ref"]?.GetValue<string>(), Is.EqualTo("#/components/schemas/ApiProblem"));
    }

    [Test]
    public async Task DeclaresEveryPathParameter_WhenRouteHasValues()
    {
        var paths = (await LoadDocumentAsync())["paths"]!.AsObject();

        using var scope = Assert.EnterMultipleScope();
        foreach (var (path, operations) in paths)
        {
            var names = System.Text.RegularExpressions.Regex.Matches(path, @"\{(\w+)\}")
                .Select(match => match.Groups[1].Value);
            foreach (var (method, operation) in operations!.AsObject())
            {
                var declared = (operation!["parameters"]?.AsArray() ?? [])
                    .Where(parameter => parameter!["in"]!.GetValue<string>() == "path")
                    .Select(parameter => parameter!["name"]!.GetValue<string>());
                Assert.That(declared, Is.SupersetOf(names), $"{method} {path}");
            }
        }
    }

    [Test]
    public async Task ServesSwaggerUi_WhenBrowsed()
    {
        var page = await Anonymous.GetStringAsync("/swagger/index.html");

        Assert.That(page, Does.Contain("swagger-ui"));
    }

    private async Task<JsonNode> LoadDocumentAsync() =>
        JsonNode.Parse(await Anonymous.GetStringAsync(DocumentRoute))!;
}
