using System.Text.Json.Nodes;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.OpenApi;

public sealed class NullableEnumSchemaTests : ApiTestFixture
{
    [Test]
    public async Task AdmitsNull_WhenNullablePropertyTakesAnEnum()
    {
        var schemas = JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!
            ["components"]!["schemas"]!.AsObject();

        var nullableEnums = schemas
            .SelectMany(schema => (schema.Value!["properties"]?.AsObject() ?? [])
                .Select(property => (Name: $"{schema.Key}.{property.Key}", Schema: property.Value!)))
            .Where(property => property.Schema["nullable"]?.GetValue<bool>() == true)
            .Where(property => EnumOf(property.Schema, schemas) is not null)
            .ToList();

        Assert.That(nullableEnums.Select(property => property.Name), Does.Contain("RatingResponse.verdict"));
        using var scope = Assert.EnterMultipleScope();
        foreach (var (name, schema) in nullableEnums)
        {
            Assert.That(schema["enum"]?.AsArray().Any(value => value is null), Is.True, name);
        }
    }

    private static JsonArray? EnumOf(JsonNode property, JsonObject schemas)
    {
        if (property["enum"] is JsonArray inline)
        {
            return inline;
        }

        var reference = property["allOf"]?[0]?["$ref"]?.GetValue<string>() ?? property["$ref"]?.GetValue<string>();
        return reference is null ? null : schemas[reference.Split('/')[^1]]?["enum"]?.AsArray();
    }
}
