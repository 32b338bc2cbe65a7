namespace HappinessApi.Features.Landing.Submit;

/// <summary>The rating form as a browser posts it; the token comes from the address.</summary>
public sealed class SubmitLandingPageRequest
{
    /// <summary>The chosen face: great, ok or not_good.</summary>
    public string? Rating { get; init; }

    /// <summary>An optional comment of at most 2,000 characters; a blank one keeps the comment given before.</summary>
    public string? Comment { get; init; }

    /// <summary>Reason codes, for ok and not good.</summary>
    public List<string>? Reasons { get; init; }

    /// <summary>The signed note of when the form was served.</summary>
    public string? Stamp { get; init; }
}
