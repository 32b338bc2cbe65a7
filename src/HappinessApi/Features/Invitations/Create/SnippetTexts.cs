using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Invitations.Create;

/// <summary>The words around the three faces, in the languages an invitation can ask for.</summary>
public static class SnippetTexts
{
    public static readonly SnippetWording English = new(
        "en", "How would you rate my reply?", "Great", "OK", "Not so good", ": ");

    // French typography puts a space before '?' and ':'; a no-break one keeps the mark off a line of its own.
    public static readonly SnippetWording French = new(
        "fr", "Comment évaluez-vous ma réponse\u00A0?", "Super", "OK", "Pas terrible", "\u00A0: ");

    /// <summary>French for any locale whose primary subtag is fr (fr, fr-CA); English otherwise.</summary>
    public static SnippetWording For(string? locale)
    {
        var primary = locale?.Split('-')[0];

        return string.Equals(primary, "fr", StringComparison.OrdinalIgnoreCase) ? French : English;
    }
}

/// <summary>One language's question, face labels and the separator between a label and its link.</summary>
public sealed record SnippetWording(
    string Language, string Question, string Great, string Ok, string NotGood, string Separator)
{
    public string Label(RatingValue rating) => rating switch
    {
        RatingValue.Great => Great,
        RatingValue.Ok => Ok,
        _ => NotGood,
    };
}
