using System.ComponentModel.DataAnnotations;

namespace HappinessApi.Configuration;

public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>Below this many ratings a block of figures is flagged as a low sample.</summary>
    [Range(1, 1_000_000)]
    public int MinimumSample { get; set; } = 10;
}
