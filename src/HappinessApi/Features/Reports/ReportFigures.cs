namespace HappinessApi.Features.Reports;

/// <summary>Counts of a window of ratings, and the scores derived from them.</summary>
public sealed record ReportFigures(int Great, int Ok, int NotGood)
{
    public int Total => Great + Ok + NotGood;

    /// <summary>
    /// Whole percentages that add up to exactly 100, by the largest remainder method; null without ratings.
    /// </summary>
    public int[]? Percentages()
    {
        if (Total == 0)
        {
            return null;
        }

        int[] counts = [Great, Ok, NotGood];
        var floors = counts.Select(count => count * 100 / Total).ToArray();
        var shortfall = 100 - floors.Sum();

        // Ties go to the earlier face, so the same counts always give the same answer.
        var byRemainder = Enumerable.Range(0, counts.Length)
            .OrderByDescending(index => counts[index] * 100 % Total)
            .ThenBy(index => index)
            .Take(shortfall);
        foreach (var index in byRemainder)
        {
            floors[index]++;
        }

        return floors;
    }

    /// <summary>The share of great, in percent, to one decimal.</summary>
    public decimal? Satisfaction() => Total == 0 ? null : Percent(Great);

    /// <summary>The share of great minus the share of not good, in percent, to one decimal.</summary>
    public decimal? HappinessScore() => Total == 0 ? null : Percent(Great - NotGood);

    private decimal Percent(int count) => Math.Round(count * 100m / Total, 1, MidpointRounding.AwayFromZero);
}
