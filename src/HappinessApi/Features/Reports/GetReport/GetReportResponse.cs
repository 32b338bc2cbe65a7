using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Reports.GetReport;

/// <summary>How the most recent customers felt.</summary>
/// <param name="Window">Which ratings the report covers.</param>
/// <param name="Counts">How many ratings of each value.</param>
/// <param name="Percentages">Whole percentages that add up to 100; null without ratings.</param>
/// <param name="Satisfaction">The share of great in percent; null without ratings.</param>
/// <param name="HappinessScore">
/// The share of great minus the share of not good, in percent; null without ratings.
/// </param>
/// <param name="Ratings">The ratings, newest first.</param>
public sealed record GetReportResponse(
    ReportWindow Window,
    ReportCounts Counts,
    ReportPercentages Percentages,
    decimal? Satisfaction,
    decimal? HappinessScore,
    IReadOnlyList<ReportRating> Ratings);

/// <summary>Which ratings a report covers: the last N, or every rating between since and until.</summary>
/// <param name="Last">How many ratings were asked for, or, with since or until, how many are listed at most.</param>
/// <param name="From">When the oldest listed rating was given; null without ratings.</param>
/// <param name="To">When the newest listed rating was given; null without ratings.</param>
/// <param name="Since">The first instant counted, included; null when not asked for.</param>
/// <param name="Until">The first instant after the window, excluded; null when not asked for.</param>
/// <param name="Team">The team whose invitations count; null for all.</param>
public sealed record ReportWindow(
    int Last,
    DateTimeOffset? From,
    DateTimeOffset? To,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    string? Team = null);

/// <summary>Ratings per value.</summary>
/// <param name="Great">Great ratings.</param>
/// <param name="Ok">Ok ratings.</param>
/// <param name="NotGood">Not good ratings.</param>
/// <param name="Total">All ratings in the window.</param>
public sealed record ReportCounts(int Great, int Ok, int NotGood, int Total);

/// <summary>Whole percentages per value.</summary>
/// <param name="Great">Percent great.</param>
/// <param name="Ok">Percent ok.</param>
/// <param name="NotGood">Percent not good.</param>
public sealed record ReportPercentages(int? Great, int? Ok, int? NotGood);

/// <summary>One rating as the public may see it: no customer data.</summary>
/// <param name="RatedAt">When the rating was given.</param>
/// <param name="Rating">The value.</param>
/// <param name="Comment">The customer's comment, if any.</param>
/// <param name="Agent">Who was rated.</param>
public sealed record ReportRating(DateTimeOffset RatedAt, RatingValue Rating, string? Comment, ReportAgent Agent);

/// <summary>The rated agent as the public may see them.</summary>
/// <param name="Name">The agent's display name.</param>
public sealed record ReportAgent(string Name);
