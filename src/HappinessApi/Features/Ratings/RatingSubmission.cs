namespace HappinessApi.Features.Ratings;

/// <summary>One click or post that sets a rating.</summary>
/// <param name="InvitationId">The invitation rated.</param>
/// <param name="Rating">The value given.</param>
/// <param name="Comment">Null keeps the comment given before.</param>
/// <param name="Reasons">Null keeps the reasons given before.</param>
/// <param name="SubmittedAt">When it arrived, in Unix milliseconds.</param>
/// <param name="Source">api, form or helpdesk.</param>
/// <param name="LooksAutomated">The form came back too soon after its page was served.</param>
/// <param name="Trusted">Sent with an API key by a helpdesk that captured the rating itself: never suspect.</param>
public sealed record RatingSubmission(
    string InvitationId,
    RatingValue Rating,
    string? Comment,
    IReadOnlyList<string>? Reasons,
    long SubmittedAt,
    string Source = RatingSubmission.ApiSource,
    bool LooksAutomated = false,
    bool Trusted = false)
{
    public const string ApiSource = "api";

    public const string FormSource = "form";

    public const string HelpdeskSource = "helpdesk";
}
