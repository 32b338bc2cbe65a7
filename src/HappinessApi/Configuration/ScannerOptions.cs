namespace HappinessApi.Configuration;

/// <summary>When a submission looks like a mail scanner's rather than the customer's.</summary>
public sealed class ScannerOptions
{
    public const string SectionName = "Scanner";

    /// <summary>A rating form posted sooner than this after its page was served is suspect.</summary>
    public TimeSpan MinimumFormDwell { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Different ratings for one invitation within this window are suspect.</summary>
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromSeconds(10);
}
