using System.IO.Hashing;
using System.Numerics;
using System.Text;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>
/// A HyperLogLog sketch of a set of customer ids: 4,096 one-byte registers, a standard error near 1.6 %, and
/// the union of two sets is the register-wise maximum. Estimates use Ertl's improved estimator (2017), which is
/// unbiased from one element up without empirical correction tables.
/// </summary>
public sealed class CustomerSketch
{
    public const int Precision = 12;

    public const int RegisterCount = 1 << Precision;

    private const int MaxRank = 64 - Precision + 1;

    private readonly byte[] _registers;

    public CustomerSketch()
        : this(new byte[RegisterCount])
    {
    }

    private CustomerSketch(byte[] registers) => _registers = registers;

    public ReadOnlySpan<byte> Registers => _registers;

    public static CustomerSketch FromRegisters(ReadOnlySpan<byte> registers)
    {
        if (registers.Length != RegisterCount)
        {
            throw new ArgumentException($"A sketch has {RegisterCount} registers.", nameof(registers));
        }

        return new CustomerSketch(registers.ToArray());
    }

    public static ulong Hash(string customerId) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(customerId));

    /// <summary>Adds a customer; true when a register grew, so the stored sketch needs writing.</summary>
    public bool Add(string customerId) => AddHash(Hash(customerId));

    public bool AddHash(ulong hash)
    {
        var index = (int)(hash >> (64 - Precision));
        var rest = hash << Precision;
        var rank = (byte)(rest == 0 ? MaxRank : BitOperations.LeadingZeroCount(rest) + 1);
        if (rank <= _registers[index])
        {
            return false;
        }

        _registers[index] = rank;
        return true;
    }

    public void UnionWith(ReadOnlySpan<byte> registers)
    {
        for (var index = 0; index < RegisterCount; index++)
        {
            _registers[index] = Math.Max(_registers[index], registers[index]);
        }
    }

    /// <summary>The estimated number of distinct customers, rounded to a whole number.</summary>
    public long Estimate()
    {
        var histogram = new int[MaxRank + 1];
        foreach (var register in _registers)
        {
            histogram[register]++;
        }

        if (histogram[0] == RegisterCount)
        {
            return 0;
        }

        double m = RegisterCount;
        var z = m * Tau(1 - (histogram[MaxRank] / m));
        for (var rank = MaxRank - 1; rank >= 1; rank--)
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
