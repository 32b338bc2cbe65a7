using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HappinessApi.Infrastructure.Json;

public static class JsonConfiguration
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;

        // A JSON null for a non-nullable property is refused while binding, so no handler sees one.
        options.RespectNullableAnnotations = true;
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new RatingValueJsonConverter());

        // The OpenAPI document promises no other fields, and numbers as numbers: a misspelt field must
        // not be dropped in silence.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;

        // Responses are JSON, never embedded in HTML, so accents and emoji are written as themselves.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
    }
}
