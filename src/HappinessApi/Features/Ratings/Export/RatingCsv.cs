using CsvHelper;
using HappinessApi.Features.Ratings.Listing;

namespace HappinessApi.Features.Ratings.Export;

/// <summary>
/// The columns of the CSV export, RFC 4180 in UTF-8 with a byte order mark, so that spreadsheets read accents and
/// emoji as such. A text field that starts like a formula (=, +, -, @) gets a leading apostrophe, so a spreadsheet
/// shows it as text rather than running it.
/// </summary>
public static class RatingCsv
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    private static readonly string[] Header =
    [
        "id", "ticketId", "replyId", "agentId", "agentName", "team", "rating", "reasons", "comment",
        "commentHidden", "suspect", "verdict", "ratedAt", "firstRatedAt",
    ];

    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static void WriteHeader(CsvWriter csv) => csv.WriteRecord(Header);

    /// <summary>Writes a rating as one record; reasons are separated by spaces, instants are UTC.</summary>
    public static void Write(CsvWriter csv, RatingRow row)
    {
        csv.WriteField(row.Id);
        csv.WriteField(row.TicketId);
        csv.WriteField(row.ReplyId);
        csv.WriteField(row.AgentId);
        csv.WriteField(row.AgentName);
        csv.WriteField(row.Team);
        csv.WriteField(row.Rating);
        csv.WriteField(string.Join(' ', row.ReasonCodes));
        csv.WriteField(row.Comment);
        csv.WriteField(row.CommentHidden != 0 ? "true" : "false");
        csv.WriteField(row.Suspect != 0 ? "true" : "false");
        csv.WriteField(row.Verdict);
        csv.WriteField(Instant(row.RatedAt));
        csv.WriteField(Instant(row.FirstRatedAt));
    }

    private static string Instant(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString(InstantFormat, null);
}
