namespace HappinessApi.Features.Landing;

/// <summary>Every sentence of the customer's pages, in one language.</summary>
public sealed record LandingTexts(
    string Language,
    string Title,
    string Intro,
    string RatingLegend,
    string Great,
    string Ok,
    string NotGood,
    string ReasonsLegend,
    string CommentLabel,
    string Send,
    string ThanksTitle,
    string ThanksBody,
    string ThanksAgain,
    string InvalidTitle,
    string InvalidBody,
    string ExpiredTitle,
    string ExpiredBody,
    string NotFoundTitle,
    string NotFoundBody,
    string BusyTitle,
    string BusyBody,
    string TooLargeTitle,
    string TooLargeBody,
    string ChooseFace,
    string CommentTooLong,
    string CommentControl,
    string UnknownReason)
{
    public static LandingTexts For(string language) =>
        language == LandingLanguage.French ? LandingTextsFrench.Texts : LandingTextsEnglish.Texts;
}
