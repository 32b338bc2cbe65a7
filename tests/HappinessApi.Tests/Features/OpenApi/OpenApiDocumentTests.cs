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
    [TestCase("WriteRatingRequest", new[] { "rating" })]
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

    [TestCase("/api/v1/ratings", "post", new[] { "413", "415", "429" }, new string[0])]
    [TestCase("/api/v1/invitations", "post", new[] { "413", "415" }, new[] { "429" })]
    [TestCase("/api/v1/invitations/{id}/rating", "put", new[] { "413", "415" }, new[] { "429" })]
    [TestCase("/r/{token}", "post", new[] { "413", "415", "429" }, new string[0])]
    [TestCase("/api/v1/report", "get", new[] { "429" }, new[] { "413", "415" })]
    [TestCase("/healthz", "get", new string[0], new[] { "413", "415", "429" })]
    public async Task DocumentsPipelineRefusals_WhenOperationCanMeetThem(
        string path, string method, string[] listed, string[] absent)
    {
        var responses = (await LoadDocumentAsync())["paths"]![path]![method]!["responses"]!.AsObject();

        var statuses = responses.Select(response => response.Key).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses, Is.SupersetOf(listed));
            Assert.That(statuses.Intersect(absent), Is.Empty);
        }
    }

    [Test]
    public async Task MarksNullableObjectAsNullable_WhenPropertyMayBeNull()
    {
        var schemas = (await LoadDocumentAsync())["components"]!["schemas"]!;

        var interval = schemas["ReportBlock"]!["properties"]!["satisfactionInterval"]!;

        Assert.That(interval["nullable"]?.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task DescribesPageAsText_WhenAnswerIsHtml()
    {
        var paths = (await LoadDocumentAsync())["paths"]!;

        var refusal = paths["/r/{token}/{rating}"]!["get"]!["responses"]!["400"]!["content"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusal["text/html"]!["schema"]!["type"]!.GetValue<string>(), Is.EqualTo("string"));
            Assert.That(refusal["application/problem+json"]!["schema"]!["$ref"], Is.Not.Null);
        }
    }

    [TestCase("/r/{token}", "post", "413")]
    [TestCase("/r/{token}", "post", "429")]
    [TestCase("/r/{token}/{rating}", "get", "429")]
    public async Task DescribesRefusalPageAsText_WhenCustomerPageIsRefusedBeforeItsEndpoint(
        string path, string method, string status)
    {
        var paths = (await LoadDocumentAsync())["paths"]!;

        var refusal = paths[path]![method]!["responses"]![status]!["content"]!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusal["text/html"]?["schema"]?["type"]?.GetValue<string>(), Is.EqualTo("string"));
            Assert.That(refusal["application/problem+json"]?["schema"]?["$ref"], Is.Not.Null);
        }
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
