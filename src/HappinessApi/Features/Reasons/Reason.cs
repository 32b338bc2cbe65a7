namespace HappinessApi.Features.Reasons;

/// <summary>Whether an unhappy customer was let down by how we helped, or by what the answer was.</summary>
public enum ReasonFamily
{
    Support,
    Outcome,
}

public static class ReasonFamilies
{
    public static ReasonFamily? Parse(string? text) => text switch
    {
        "support" => ReasonFamily.Support,
        "outcome" => ReasonFamily.Outcome,
        _ => null,
    };
}

public sealed record Reason(string Code, ReasonFamily Family, IReadOnlyDictionary<string, string> Labels)
{
    public string LabelIn(string language) => Labels.TryGetValue(language, out var label) ? label : Labels["en"];
}
