namespace HappinessApi.Features.Reports.Figures;

/// <summary>The 95% Wilson score interval of a share, which stays sensible for small samples and 0 or 100%.</summary>
public static class WilsonInterval
{
    // The two-sided 97.5th percentile of the standard normal distribution.
    private const double Z = 1.959963984540054;

    /// <summary>The interval of successes out of total, in percent to one decimal; null without a total.</summary>
    public static (decimal Low, decimal High)? Percent(int successes, int total)
    {
        if (total <= 0)
        {
            return null;
        }

        var share = (double)successes / total;
        var zSquared = Z * Z;
        var denominator = 1 + zSquared / total;
        var centre = (share + zSquared / (2 * total)) / denominator;
        var margin = Z * Math.Sqrt(share * (1 - share) / total + zSquared / (4.0 * total * total)) / denominator;

        return (Round(centre - margin), Round(centre + margin));
    }

    private static decimal Round(double share) =>
        Math.Round((decimal)Math.Clamp(share, 0, 1) * 100, 1, MidpointRounding.AwayFromZero);
}
