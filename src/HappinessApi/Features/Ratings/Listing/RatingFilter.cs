using System.IO.Hashing;
using System.Text.Json;

namespace HappinessApi.Features.Ratings.Listing;

/// <summary>
/// Which ratings a listing or an export holds: rated from <see cref="Start"/> (included) to <see cref="End"/>
/// (excluded), in Unix milliseconds, with the given values; the other criteria apply when not null.
/// </summary>
public sealed record RatingFilter(
    long Start,
    long End,
    IReadOnlyList<string> Ratings,
    string? Agent,
    string? Team,
    string? Reason,
    bool? HasComment,
    bool? Suspect)
{
    public static readonly IReadOnlyList<string> AllRatings =
        [.. Enum.GetValues<RatingValue>().Select(RatingValues.ToWire)];

    /// <summary>A hash of every criterion, so a cursor made for one filter is refused for another.</summary>
    public ulong Fingerprint()
    {
        var canonical = this with { Ratings = [.. Ratings.Order(StringComparer.Ordinal)] };

        return XxHash64.HashToUInt64(JsonSerializer.SerializeToUtf8Bytes(canonical));
    }
}
