namespace HappinessApi.Features.Reasons;

public static class DefaultReasons
{
    public static readonly IReadOnlyList<Reason> All =
    [
        Support("slow_response", "The answer was slow", "La réponse a tardé"),
        Support("unhelpful_answer", "The answer did not help", "La réponse ne m'a pas aidé"),
        Support("agent_attitude", "The tone was not right", "Le ton ne convenait pas"),
        Outcome("not_resolved", "My problem is not solved", "Mon problème n'est pas résolu"),
        Outcome(
            "product_limitation",
            "The product cannot do what I need",
            "Le produit ne fait pas ce dont j'ai besoin"),
        Outcome("policy", "I disagree with the policy", "Je ne suis pas d'accord avec la règle appliquée"),
        Outcome("other", "Something else", "Autre chose"),
    ];

    private static Reason Support(string code, string english, string french) =>
        new(code, ReasonFamily.Support, new Dictionary<string, string> { ["en"] = english, ["fr"] = french });

    private static Reason Outcome(string code, string english, string french) =>
        new(code, ReasonFamily.Outcome, new Dictionary<string, string> { ["en"] = english, ["fr"] = french });
}
