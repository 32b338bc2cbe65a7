using System.Text.Json;
using System.Text.Json.Serialization;
using HappinessApi.Features.Ratings;

namespace HappinessApi.Infrastructure.Json;

/// <summary>
/// Reads a rating only in its exact spelling. The general enum converter would also take other
/// cases, numbers and comma-separated lists such as "great, ok".
/// </summary>
public sealed class RatingValueJsonConverter : JsonConverter<RatingValue>
{
    public override RatingValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && RatingValues.FromWire(reader.GetString()) is { } rating
            ? rating
            : throw new JsonException("A rating is one of great, ok or not_good.");

    public override void Write(Utf8JsonWriter writer, RatingValue value, JsonSerializerOptions options) =>
        writer.WriteStringValue(RatingValues.ToWire(value));
}
