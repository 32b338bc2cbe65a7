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

    private readonly byte[] _registers = new byte[RegisterCount];

    public ReadOnlySpan<byte> Registers => _registers;

    /// <summary>Reads a sketch as <see cref="ToStored"/> wrote it.</summary>
    public static CustomerSketch FromStored(ReadOnlySpan<byte> stored)
    {
        var sketch = new CustomerSketch();
        sketch.UnionWithStored(stored);

        return sketch;
    }

    /// <summary>
    /// The registers in as few bytes as possible: all 4,096 of them, or, when fewer than a third are set, each set
    /// one as its index (two bytes, big-endian) and value. An hour's sketch is usually the short kind.
    /// </summary>
    public byte[] ToStored()
    {
        var set = _registers.Count(register => register != 0);
        if (set * 3 >= RegisterCount)
        {
            return _registers.ToArray();
        }

        var stored = new byte[set * 3];
        var at = 0;
        for (var index = 0; index < RegisterCount; index++)
        {
            if (_registers[index] != 0)
            {
                (stored[at], stored[at + 1], stored[at + 2]) = ((byte)(index >> 8), (byte)index, _registers[index]);
                at += 3;
            }
        }

        return stored;
    }

    public void UnionWithStored(ReadOnlySpan<byte> stored)
    {
        if (stored.Length == RegisterCount)
        {
            UnionWith(stored);
            return;
        }

        if (stored.Length % 3 != 0)
        {
            throw new ArgumentException("Stored registers are 4,096 bytes or triples.", nameof(stored));
        }

        for (var at = 0; at < stored.Length; at += 3)
        {
            var index = ((stored[at] << 8) | stored[at + 1]) & (RegisterCount - 1);
            _registers[index] = Math.Max(_registers[index], stored[at + 2]);
        }
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
        // A year of day sketches is 1.5 MB of registers per period; taking the maximum a vector at a time keeps
        // the union a small part of a report's time.
        var mine = _registers.AsSpan();
        for (var at = 0; at < RegisterCount; at += Vector<byte>.Count)
        {
            Vector.Max(new Vector<byte>(mine[at..]), new Vector<byte>(registers[at..])).CopyTo(mine[at..]);
        }
    }

    /// <summary>The estimated number of distinct customers, rounded to a whole number.</summary>
    public long Estimate() => SketchEstimator.Estimate(_registers, MaxRank);
}
