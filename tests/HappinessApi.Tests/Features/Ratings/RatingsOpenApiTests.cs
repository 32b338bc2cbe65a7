using System.Text.Json.Nodes;
using HappinessApi.Features.Ratings.Export;
using HappinessApi.Features.Ratings.List;
using HappinessApi.Features.Ratings.Moderate;
using HappinessApi.Features.Ratings.Write;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class RatingsOpenApiTests : ApiTestFixture
{
    private static readonly string[] Filters =
        ["from", "to", "tz", "rating", "agent", "team", "reason", "hasComment", "suspect"];

    [TestCase(ListRatingsEndpoint.Route, "get", new[] { "200", "400", "401", "403" })]
    [TestCase(ExportRatingsEndpoint.Route, "get", new[] { "200", "400", "401", "403" })]
    [TestCase(ModerateRatingEndpoint.Route, "patch", new[] { "200", "400", "401", "403", "404", "409", "413", "415" })]
    [TestCase(WriteRatingEndpoint.Route, "put", new[] { "200", "201", "400", "401", "403", "404", "413", "415" })]
    public async Task DocumentsTheKeyAndEveryRefusalAsAProblem_WhenRouteIsPrivate(
        string route, string method, string[] statuses)
    {
        var operation = (await LoadDocumentAsync())["paths"]![route]![method]!;

        var responses = operation["responses"]!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(operation["security"], Is.Not.Null);
            Assert.That(responses.Select(response => response.Key), Is.EquivalentTo(statuses));
            foreach (var status in statuses.Where(status => !status.StartsWith('2')))
            {
                var schema = responses[status]!["content"]!["application/problem+json"]!["schema"]!["$ref"];
                Assert.That(schema!.GetValue<string>(), Is.EqualTo("#/components/schemas/ApiProblem"), status);
            }
        }
    }

    [TestCase(ListRatingsEndpoint.Route, new[] { "cursor", "limit" })]
    [TestCase(ExportRatingsEndpoint.Route, new string[0])]
    public async Task DocumentsTheFiltersAsQueryParameters_WhenRouteReadsRatings(string route, string[] paging)
    {
        var operation = (await LoadDocumentAsync())["paths"]![route]!["get"]!;

        var names = operation["parameters"]!.AsArray().Select(parameter => parameter!["name"]!.GetValue<string>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Is.EquivalentTo(Filters.Concat(paging)));
            Assert.That(operation["requestBody"], Is.Null);
        }
    }

    [Test]
    public async Task DescribesTheExportAsCsv_WhenDocumentIsLoaded()
    {
        var operation = (await LoadDocumentAsync())["paths"]![ExportRatingsEndpoint.Route]!["get"]!;

        Assert.That(operation["responses"]!["200"]!["content"]!.AsObject().Select(type => type.Key), Is.EqualTo(
            new[] { "text/csv" }));
    }

    [Test]
    public async Task DescribesTheVerdictsAndTheRating_WhenSchemasAreLoaded()
    {
        var schemas = (await LoadDocumentAsync())["components"]!["schemas"]!;

        var rating = schemas["RatingResponse"]!["properties"]!.AsObject().Select(property => property.Key);
        var body = schemas["ModerateRatingRequest"]!["properties"]!.AsObject().Select(property => property.Key);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rating, Does.Contain("ticketId").And.Contain("commentHidden").And.Contain("verdict"));
            Assert.That(rating, Has.None.Contains("customer"));
            Assert.That(body, Is.EquivalentTo(new[] { "commentHidden", "verdict" }));
            Assert.That(schemas["RatingVerdict"]!["enum"]!.AsArray().Select(value => value!.GetValue<string>()),
                Is.EqualTo(new[] { "genuine", "void" }));
        }
    }

    [Test]
    public async Task DescribesTheHelpdeskBodyWithoutAToken_WhenSchemasAreLoaded()
    {
        var document = await LoadDocumentAsync();

        var operation = document["paths"]![WriteRatingEndpoint.Route]!["put"]!;
        var schema = operation["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
        var body = document["components"]!["schemas"]!["WriteRatingRequest"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(schema, Is.EqualTo("#/components/schemas/WriteRatingRequest"));
            Assert.That(
                body["properties"]!.AsObject().Select(property => property.Key),
                Is.EquivalentTo(new[] { "rating", "comment", "reasons" }));
            Assert.That(operation["x-required-scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()),
                Is.EqualTo(new[] { "ratings:write" }));
        }
    }

    private async Task<JsonNode> LoadDocumentAsync() =>
        JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;
}
