using FastEndpoints;

namespace HappinessApi.Features.Ratings.Write;

/// <summary>A rating a helpdesk captured itself, as in its own survey widget; the API key is the credential.</summary>
public sealed class WriteRatingRequest : RatingFieldsRequest;

public sealed class WriteRatingValidator : Validator<WriteRatingRequest>
{
    public WriteRatingValidator()
    {
        this.AddRatingFieldRules();
    }
}
