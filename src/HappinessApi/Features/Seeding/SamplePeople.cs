using System.Globalization;

namespace HappinessApi.Features.Seeding;

/// <summary>The made-up agents, teams and customers of the sample data.</summary>
internal static class SamplePeople
{
    // The shifts add up to zero, and agents are picked evenly, so the overall mix stays near 85/9/6.
    public static readonly IReadOnlyList<SampleAgent> Agents =
    [
        new("a-01", "Alice Martin", "billing", 0.03),
        new("a-02", "Benoît Lefèvre", "billing", 0),
        new("a-03", "Chloé Dubois", "billing", -0.02),
        new("a-04", "David Chen", "technical", -0.04),
        new("a-05", "Émilie Roux", "technical", 0.02),
        new("a-06", "Farid Haddad", "technical", 0),
        new("a-07", "Grace O'Neill", "onboarding", 0.04),
        new("a-08", "Hugo Bernard", "onboarding", 0.01),
        new("a-09", "Inès Moreau", "onboarding", -0.01),
        new("a-10", "Jack Wilson", "enterprise", 0),
        new("a-11", "Karine Lambert", "enterprise", -0.03),
        new("a-12", "Lucas Girard", "enterprise", 0),
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Bruno", "Camille", "Daniel", "Elena", "François", "Gabriel", "Hélène", "Isaac", "Julie",
        "Kevin", "Léa", "Mark", "Noémie", "Olivia", "Pierre", "Quentin", "Rachel", "Sophie", "Thomas",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Petit", "Johnson", "Durand", "Brown", "Leroy", "Taylor", "Fournier", "Clark", "Mercier",
        "Lewis", "Bonnet", "Walker", "François", "Young", "Garnier",
    ];

    /// <summary>The customer with this number; about a third of them read French.</summary>
    public static SampleCustomer Customer(int number)
    {
        var first = FirstNames[number % FirstNames.Length];
        var last = LastNames[number / FirstNames.Length % LastNames.Length];
        var id = "c-" + number.ToString("D6", CultureInfo.InvariantCulture);

        return new SampleCustomer(id, $"{first} {last}", $"{id}@example.com", number % 3 == 0 ? "fr" : "en");
    }
}
