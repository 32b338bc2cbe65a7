using System.Text.Json.Serialization;
using FastEndpoints;
using FluentValidation;

namespace HappinessApi.Features.Ratings.Record;

/// <summary>A customer's rating of one support reply, sent with the token from the e-mail.</summary>
public sealed class RecordRatingRequest : RatingFieldsRequest
{
    /// <summary>The signed token from the invitation.</summary>
    // The credential comes first in the OpenAPI document and its examples, before the inherited fields.
    [JsonPropertyOrder(-1)]
    public string Token { get; init; } = "";
}

public sealed class RecordRatingValidator : Validator<RecordRatingRequest>
{
    public RecordRatingValidator()
    {
        RuleFor(request => request.Token)
            .NotEmpty();

        this.AddRatingFieldRules();
    }
}
