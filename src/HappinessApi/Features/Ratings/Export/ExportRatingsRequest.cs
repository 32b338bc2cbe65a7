using FastEndpoints;
using HappinessApi.Features.Ratings.Listing;

namespace HappinessApi.Features.Ratings.Export;

/// <summary>Which ratings to export.</summary>
public sealed class ExportRatingsRequest : RatingFilterRequest;

public sealed class ExportRatingsValidator : Validator<ExportRatingsRequest>
{
    public ExportRatingsValidator()
    {
        this.AddFilterRules();
    }
}
