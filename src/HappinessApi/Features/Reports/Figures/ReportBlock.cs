using HappinessApi.Features.Reports.GetReport;

namespace HappinessApi.Features.Reports.Figures;

/// <summary>The figures of the ratings and invitations of one period, and of one agent or team when grouped.</summary>
/// <param name="Counts">How many ratings of each value.</param>
/// <param name="Percentages">Whole percentages that add up to 100; null without ratings.</param>
/// <param name="Satisfaction">The share of great in percent; null without ratings.</param>
/// <param name="HappinessScore">
/// The share of great minus the share of not good, in percent; null without ratings.
/// </param>
/// <param name="SatisfactionInterval">
/// The 95% Wilson score interval of the satisfaction, in percent; null without ratings.
/// </param>
/// <param name="LowSample">True when there are fewer ratings than the configured minimum sample.</param>
/// <param name="ResponseRate">
/// Ratings given in the period per invitation created in it, in percent; may pass 100 when invitations from
/// before the period are rated in it; null without invitations.
/// </param>
/// <param name="CustomerResponseRate">
/// Distinct customers who rated per distinct customer invited, in percent, counting only invitations with a
/// customer id; null without such invitations. Exact up to 5,000 ratings or invitations in the period; above
/// that, each distinct count is a HyperLogLog estimate (standard error about 1.6 %).
/// </param>
public sealed record ReportBlock(
    ReportCounts Counts,
    ReportPercentages Percentages,
    decimal? Satisfaction,
    decimal? HappinessScore,
    ReportInterval? SatisfactionInterval,
    bool LowSample,
    decimal? ResponseRate,
    decimal? CustomerResponseRate);

/// <summary>A confidence interval, in percent.</summary>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
public sealed record ReportInterval(decimal Low, decimal High);
