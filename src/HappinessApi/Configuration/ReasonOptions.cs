namespace HappinessApi.Configuration;

public sealed class ReasonOptions
{
    public const string SectionName = "Reasons";

    /// <summary>The reasons offered for ok and not good; empty means the built-in list.</summary>
    public List<ReasonOption> Items { get; set; } = [];
}

public sealed class ReasonOption
{
    public string Code { get; set; } = "";

    /// <summary>support (how we helped) or outcome (what the answer was).</summary>
    public string Family { get; set; } = "";

    /// <summary>The label per language, such as en and fr; en is required.</summary>
    public Dictionary<string, string> Labels { get; set; } = [];
}
