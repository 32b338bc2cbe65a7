using HappinessApi.Features.Reasons;

namespace HappinessApi.Features.Reports.GetReasons;

/// <summary>Puts reason tallies in catalog order, with labels and families.</summary>
public static class ReasonBreakdown
{
    public static IReadOnlyList<ReportReasonCount> Reasons(
        IReadOnlyList<Reason> catalog, IReadOnlyList<ReasonTally> tallies)
    {
        var counts = tallies.ToDictionary(tally => tally.Code, tally => (int)tally.Ratings, StringComparer.Ordinal);
        var known = catalog.Select(reason => reason.Code).ToHashSet(StringComparer.Ordinal);

        var listed = catalog.Select(reason => new ReportReasonCount(
            reason.Code, reason.Family, reason.LabelIn("en"), counts.GetValueOrDefault(reason.Code)));
        var retired = tallies
            .Where(tally => !known.Contains(tally.Code))
            .OrderBy(tally => tally.Code, StringComparer.Ordinal)
            .Select(tally => new ReportReasonCount(tally.Code, null, tally.Code, (int)tally.Ratings));

        return [.. listed, .. retired];
    }

    public static IReadOnlyList<ReportFamilyCount> Families(
        IReadOnlyList<ReportReasonCount> reasons, UnhappyTally unhappy) =>
    [
        new(ReasonFamily.Support, SumOf(reasons, ReasonFamily.Support), (int)unhappy.Support),
        new(ReasonFamily.Outcome, SumOf(reasons, ReasonFamily.Outcome), (int)unhappy.Outcome),
    ];

    public static ReportUnhappySplit Split(UnhappyTally unhappy) => new(
        (int)unhappy.Total,
        (int)unhappy.Support,
        (int)unhappy.Outcome,
        (int)unhappy.Both,
        (int)(unhappy.Total - unhappy.Support - unhappy.Outcome + unhappy.Both));

    private static int SumOf(IReadOnlyList<ReportReasonCount> reasons, ReasonFamily family) =>
        reasons.Where(reason => reason.Family == family).Sum(reason => reason.Ratings);
}
