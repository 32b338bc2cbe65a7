using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Landing;

public static class LandingTextsEnglish
{
    public static readonly LandingTexts Texts = new(
        Language: LandingLanguage.English,
        Title: "How did we do?",
        Intro: "Check your answer, add a comment if you like, and press Send.",
        RatingLegend: "Your rating of our reply",
        Great: "Great",
        Ok: "OK",
        NotGood: "Not so good",
        ReasonsLegend: "What let you down? (optional, choose any)",
        CommentLabel: "Anything you would like to add? (optional)",
        Send: "Send",
        ThanksTitle: "Thank you!",
        ThanksBody: "Your answer has been recorded. You can close this page.",
        ThanksAgain: "If you change your mind, use the links in the e-mail again.",
        InvalidTitle: "This link is not valid",
        InvalidBody: "Please open the link exactly as it came in the e-mail.",
        ExpiredTitle: "This link has expired",
        ExpiredBody: "Links to rate a reply work for a limited time. Thank you all the same.",
        NotFoundTitle: "This page does not exist",
        NotFoundBody: "Please open one of the links in the e-mail as it came.",
        BusyTitle: "Too many requests",
        BusyBody: "Too many answers came from your network just now. Please try again in a minute.",
        TooLargeTitle: "Your answer is too long",
        TooLargeBody: "The form sent was larger than this page accepts. "
            + "Please shorten your comment and send it again.",
        ChooseFace: "Please choose one of the three faces.",
        CommentTooLong: $"Please shorten your comment to {RatingFieldRules.MaxCommentLength} characters.",
        CommentControl: "Your comment contains control characters that cannot be stored; please remove them.",
        UnknownReason: "Please choose reasons from the list.");
}
