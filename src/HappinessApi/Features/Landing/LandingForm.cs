using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Landing;

/// <summary>What the rating form shows: the chosen face, reasons and comment, and any errors next to them.</summary>
public sealed record LandingForm(
    string Token,
    string SubmitPath,
    RatingValue? Rating,
    string Stamp,
    LandingTexts Texts,
    IReadOnlyList<LandingReason> Reasons,
    IReadOnlyCollection<string> ChosenReasons,
    string? Comment = null,
    string? RatingError = null,
    string? CommentError = null,
    string? ReasonsError = null)
{
    public bool ShowsReasons => Rating is RatingValue.Ok or RatingValue.NotGood || ChosenReasons.Count > 0;
}

/// <summary>A reason as the form offers it, in the page's language.</summary>
public sealed record LandingReason(string Code, string Label);
