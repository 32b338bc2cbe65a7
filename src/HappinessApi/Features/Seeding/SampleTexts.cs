using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Seeding;

/// <summary>Comments customers might leave, by rating and language.</summary>
internal static class SampleTexts
{
    private static readonly string[] GreatEnglish =
    [
        "Quick and friendly, thanks!",
        "Solved in two minutes 👍",
        "Very clear explanation, thank you.",
        "Great help, as always.",
        "Thanks for following up so fast 🙏",
        "Exactly what I needed.",
    ];

    private static readonly string[] GreatFrench =
    [
        "Rapide et efficace, merci !",
        "Problème réglé en deux minutes 👍",
        "Très clair, merci beaucoup.",
        "Réponse parfaite, je recommande.",
        "Merci pour votre réactivité 🙏",
        "Toujours agréable d'avoir affaire à vous.",
    ];

    private static readonly string[] OkEnglish =
    [
        "Fine, but it took a while.",
        "It works now, though I had to ask twice.",
        "OK in the end.",
        "Helpful, but the answer was a bit vague.",
    ];

    private static readonly string[] OkFrench =
    [
        "Correct, mais un peu long.",
        "Ça fonctionne, même si j'ai dû relancer.",
        "Réponse utile mais assez vague.",
        "Bien, sans plus.",
    ];

    private static readonly string[] NotGoodEnglish =
    [
        "Still not working.",
        "Three days without an answer 😞",
        "The reply did not address my question.",
        "I was told to reinstall, again.",
    ];

    private static readonly string[] NotGoodFrench =
    [
        "Toujours pas résolu.",
        "Trois jours sans réponse 😞",
        "La réponse ne correspond pas à ma question.",
        "On m'a encore demandé de réinstaller.",
    ];

    public static string Pick(Random random, RatingValue rating, string locale)
    {
        var french = locale == "fr";
        var phrases = rating switch
        {
            RatingValue.Great => french ? GreatFrench : GreatEnglish,
            RatingValue.Ok => french ? OkFrench : OkEnglish,
            _ => french ? NotGoodFrench : NotGoodEnglish,
        };

        return phrases[random.Next(phrases.Length)];
    }
}
