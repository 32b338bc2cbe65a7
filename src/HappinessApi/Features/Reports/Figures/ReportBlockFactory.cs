using HappinessApi.Features.Reports.GetReport;

namespace HappinessApi.Features.Reports.Figures;

/// <summary>Derives a block of figures from the tallies of one period.</summary>
public static class ReportBlockFactory
{
    public static ReportBlock Build(RatingTally? ratings, InvitationTally? invitations, int minimumSample)
    {
        var figures = ratings?.ToFigures() ?? new ReportFigures(0, 0, 0);
        var interval = WilsonInterval.Percent(figures.Great, figures.Total);

        return new ReportBlock(
            CountsOf(figures),
            PercentagesOf(figures),
            figures.Satisfaction(),
            figures.HappinessScore(),
            interval is var (low, high) ? new ReportInterval(low, high) : null,
            figures.Total < minimumSample,
            Rate(figures.Total, invitations?.Invitations ?? 0),
            Rate(ratings?.Customers ?? 0, invitations?.Customers ?? 0));
    }

    public static ReportCounts CountsOf(ReportFigures figures) =>
        new(figures.Great, figures.Ok, figures.NotGood, figures.Total);

    public static ReportPercentages PercentagesOf(ReportFigures figures)
    {
        var percentages = figures.Percentages();

        return new ReportPercentages(percentages?[0], percentages?[1], percentages?[2]);
    }

    /// <summary>The part per whole in percent, to one decimal; null when the whole is zero.</summary>
    public static decimal? Rate(long part, long whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
