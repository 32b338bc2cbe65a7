using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.GetReasons;

/// <summary>Why customers rated ok or not good over a period.</summary>
/// <param name="Window">The period covered.</param>
/// <param name="Reasons">Every reason of the catalog, then any retired reason still given, with its count.</param>
/// <param name="Families">The counts per reason family.</param>
/// <param name="Unhappy">How the ok and not good ratings split between the families.</param>
/// <param name="SupportShare">
/// The share of the unhappy ratings with a reason that named a support reason, in percent; null when none did.
/// </param>
/// <param name="OutcomeShare">
/// The share of the unhappy ratings with a reason that named an outcome reason, in percent; null when none did.
/// </param>
public sealed record GetReportReasonsResponse(
    ReportPeriodWindow Window,
    IReadOnlyList<ReportReasonCount> Reasons,
    IReadOnlyList<ReportFamilyCount> Families,
    ReportUnhappySplit Unhappy,
    decimal? SupportShare,
    decimal? OutcomeShare);

/// <summary>How often one reason was given.</summary>
/// <param name="Code">The reason code.</param>
/// <param name="Family">The reason's family; null for a reason no longer in the catalog.</param>
/// <param name="Label">The English label; the code for a reason no longer in the catalog.</param>
/// <param name="Ratings">Ok and not good ratings that gave this reason.</param>
public sealed record ReportReasonCount(string Code, ReasonFamily? Family, string Label, int Ratings);

/// <summary>How often the reasons of one family were given.</summary>
/// <param name="Family">support (how we helped) or outcome (what the answer was).</param>
/// <param name="Reasons">Reasons of the family given, summed over the ratings.</param>
/// <param name="Ratings">Ok and not good ratings that gave at least one reason of the family.</param>
public sealed record ReportFamilyCount(ReasonFamily Family, int Reasons, int Ratings);

/// <summary>How the ok and not good ratings split between the reason families.</summary>
/// <param name="Total">All ok and not good ratings.</param>
/// <param name="Support">Ratings that gave a support reason.</param>
/// <param name="Outcome">Ratings that gave an outcome reason.</param>
/// <param name="Both">Ratings that gave reasons of both families; also counted in each.</param>
/// <param name="Neither">Ratings that gave no reason of either family.</param>
public sealed record ReportUnhappySplit(int Total, int Support, int Outcome, int Both, int Neither);
