using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace HappinessApi.Features.Seeding;

/// <summary>What the <c>seed</c> command was asked for: <c>--days N --ratings N [--seed N]</c>.</summary>
/// <param name="Days">How far back the ratings go.</param>
/// <param name="Ratings">How many ratings to store; about 30 % more invitations go unanswered.</param>
/// <param name="RandomSeed">Makes the data the same on every run; null draws a new set.</param>
public sealed record SeedArguments(int Days, int Ratings, int? RandomSeed)
{
    public const int DefaultDays = 90;

    public const int MaxDays = 3650;

    public const int DefaultRatings = 20_000;

    public const int MaxRatings = 50_000_000;

    public const string Usage =
        "Usage: seed [--days 1-3650, default 90] [--ratings 1-50000000, default 20000] [--seed <integer>]";

    public static bool TryParse(
        IReadOnlyList<string> args, [NotNullWhen(true)] out SeedArguments? arguments, out string error)
    {
        arguments = null;
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < args.Count; index += 2)
        {
            error = ReadOption(args, index, values);
            if (error.Length > 0)
            {
                return false;
            }
        }

        arguments = new SeedArguments(
            values.GetValueOrDefault("--days", DefaultDays),
            values.GetValueOrDefault("--ratings", DefaultRatings),
            values.TryGetValue("--seed", out var seed) ? seed : null);
        error = "";

        return true;
    }

    private static string ReadOption(IReadOnlyList<string> args, int index, Dictionary<string, int> values)
    {
        var name = args[index];
        if (name is not ("--days" or "--ratings" or "--seed"))
        {
            return $"Unknown argument '{name}'.";
        }

        if (values.ContainsKey(name))
        {
            return $"{name} is given twice.";
        }

        var text = index + 1 < args.Count ? args[index + 1] : "";
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return $"{name} needs a whole number.";
        }

        var (min, max) = name switch
        {
            "--days" => (1, MaxDays),
            "--ratings" => (1, MaxRatings),
            _ => (int.MinValue, int.MaxValue),
        };
        if (value < min || value > max)
        {
            return $"{name} must be between {min} and {max}; got {value}.";
        }

        values[name] = value;
        return "";
    }
}
