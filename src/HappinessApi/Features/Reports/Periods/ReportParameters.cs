using System.Globalization;
using System.Text.RegularExpressions;

namespace HappinessApi.Features.Reports.Periods;

/// <summary>Reads the date and time zone parameters of a report request.</summary>
public static partial class ReportParameters
{
    public const string DateFormat = "yyyy-MM-dd";

    public const string DefaultZone = "UTC";

    // Far enough from DateTime's limits that a previous period and whole-month buckets stay representable.
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(9000, 12, 31);

    /// <summary>The ISO date, or null when the text is not one or is out of range.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        var parsed = DateOnly.TryParseExact(
            text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);

        return parsed && date >= MinDate && date <= MaxDate ? date : null;
    }

    /// <summary>The IANA time zone, or null when the id is unknown.</summary>
    public static TimeZoneInfo? FindZone(string? id)
    {
        // Ids name files under the zoneinfo folder; only plain zone names are looked up.
        if (id is null || !ZonePattern().IsMatch(id) || id.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+\\-/]{0,63}$")]
    private static partial Regex ZonePattern();
}
