using System.Globalization;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Ratings.Listing;

/// <summary>
/// Reads the from and to of a rating listing: a local day as the reports take it (yyyy-MM-dd in the request's time
/// zone, whole days, to included), or an instant with its offset (from included, to excluded).
/// </summary>
public static class RatingTimeBounds
{
    // An instant must name its offset (Z or +02:00): a bare local time would depend on the server's zone.
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    private static readonly DateTimeOffset Earliest = new(ReportParameters.MinDate, TimeOnly.MinValue, TimeSpan.Zero);

    private static readonly DateTimeOffset Latest = new(ReportParameters.MaxDate, TimeOnly.MinValue, TimeSpan.Zero);

    /// <summary>The first instant a listing includes, in Unix milliseconds; null if the text is unreadable.</summary>
    public static long? Start(string? text, TimeZoneInfo zone) => Read(text, zone, dayAfter: false);

    /// <summary>The first instant after the listing, in Unix milliseconds; null if the text is unreadable.</summary>
    public static long? End(string? text, TimeZoneInfo zone) => Read(text, zone, dayAfter: true);

    public static bool IsReadable(string? text) => text is null || Read(text, TimeZoneInfo.Utc, false) is not null;

    private static long? Read(string? text, TimeZoneInfo zone, bool dayAfter)
    {
        if (ReportParameters.ParseDate(text) is { } date)
        {
            var day = dayAfter ? date.AddDays(1) : date;
            return LocalCalendar.StartOfDay(day, zone).ToUnixTimeMilliseconds();
        }

        return ParseInstant(text) is { } instant ? instant.ToUnixTimeMilliseconds() : null;
    }

    private static DateTimeOffset? ParseInstant(string? text)
    {
        var parsed = DateTimeOffset.TryParseExact(
            text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant);

        return parsed && instant >= Earliest && instant <= Latest ? instant : null;
    }
}
