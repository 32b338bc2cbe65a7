using System.ComponentModel.DataAnnotations;

namespace HappinessApi.Features.Ratings;

/// <summary>What a rating submission says, whoever sends it: the value, and maybe a comment and reasons.</summary>
public abstract class RatingFieldsRequest
{
    /// <summary>How the customer felt.</summary>
    [Required]
    public RatingValue? Rating { get; init; }

    /// <summary>
    /// An optional comment, plain text of at most 2,000 characters; leave it out to keep the one given before.
    /// </summary>
    public string? Comment { get; init; }

    /// <summary>
    /// Codes from /api/v1/reasons saying why, for ok and not good; leave it out to keep those given before.
    /// </summary>
    public List<string>? Reasons { get; init; }
}
