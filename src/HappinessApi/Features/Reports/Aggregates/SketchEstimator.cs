namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>
/// Ertl's improved estimator for HyperLogLog ("New cardinality estimation algorithms for HyperLogLog sketches",
/// 2017): unbiased from one element up without the empirical correction tables of earlier estimators.
/// </summary>
internal static class SketchEstimator
{
    public static long Estimate(ReadOnlySpan<byte> registers, int maxRank)
    {
        var histogram = new int[maxRank + 1];
        foreach (var register in registers)
        {
            histogram[register]++;
        }

        if (histogram[0] == registers.Length)
        {
            return 0;
        }

        double m = registers.Length;
        var z = m * Tau(1 - (histogram[maxRank] / m));
        for (var rank = maxRank - 1; rank >= 1; rank--)
        {
            z = 0.5 * (z + histogram[rank]);
        }

        z += m * Sigma(histogram[0] / m);
        return (long)Math.Round(m * m / (2 * Math.Log(2) * z));
    }

    private static double Sigma(double x)
    {
        var (y, z, previous) = (1.0, x, 0.0);
        while (z != previous)
        {
            x *= x;
            previous = z;
            z += x * y;
            y += y;
        }

        return z;
    }

    private static double Tau(double x)
    {
        if (x is 0 or 1)
        {
            return 0;
        }

        var (y, z, previous) = (1.0, 1 - x, 0.0);
        while (z != previous)
        {
            x = Math.Sqrt(x);
            previous = z;
            y *= 0.5;
            z -= Math.Pow(1 - x, 2) * y;
        }

        return z / 3;
    }
}
