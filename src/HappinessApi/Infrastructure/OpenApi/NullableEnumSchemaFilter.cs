using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HappinessApi.Infrastructure.OpenApi;

/// <summary>
/// Spells out a nullable property whose values come from an enum schema: its own copy of the values with null
/// among them. OpenAPI 3.0 validators read "nullable" beside allOf as no licence for null, since the referenced
/// enum does not list it, and refuse the nulls the service sends.
/// </summary>
public sealed class NullableEnumSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties })
        {
            return;
        }

        foreach (var (name, property) in properties.ToList())
        {
            if (property is OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } nullable
                && IsNullable(nullable)
                && context.SchemaRepository.Schemas.GetValueOrDefault(reference.Reference.Id!) is
                    OpenApiSchema { Enum.Count: > 0 } values)
            {
                properties[name] = Inline(nullable, values);
            }
        }
    }

    private static bool IsNullable(OpenApiSchema property) =>
        property.Type is { } type && type.HasFlag(JsonSchemaType.Null);

    private static OpenApiSchema Inline(OpenApiSchema property, OpenApiSchema values) => new()
    {
        Type = (values.Type ?? JsonSchemaType.String) | JsonSchemaType.Null,
        Enum = [.. values.Enum!, JsonNullSentinel.JsonNull],
        Description = property.Description ?? values.Description,
    };
}
