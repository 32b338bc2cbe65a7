using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Text;
using HappinessApi.Features.Tokens;

namespace HappinessApi.Features.Ratings.Listing;

/// <summary>
/// Where a page of the listing ended: the last rating's time and id, in the listing's order (newest first). Encoded
/// as base64url of a version byte, the time, a fingerprint of the filter and the id. It grants nothing, since the
/// caller may list every rating anyway, so it is checked rather than signed: one that does not decode, or that was
/// made for other criteria, is refused.
/// </summary>
public sealed record RatingCursor(long RatedAt, string InvitationId)
{
    /// <summary>Before every rating: where the first page starts.</summary>
    public static readonly RatingCursor Start = new(long.MaxValue, "");

    private const byte Version = 1;

    private const int HeaderLength = 1 + sizeof(long) + sizeof(ulong);

    private const int MaxIdLength = 64;

    private static readonly SearchValues<byte> IdCharacters =
        SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-"u8);

    public string Encode(RatingFilter filter)
    {
        var id = Encoding.ASCII.GetBytes(InvitationId);
        var bytes = new byte[HeaderLength + id.Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(1), RatedAt);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(1 + sizeof(long)), filter.Fingerprint());
        id.CopyTo(bytes, HeaderLength);

        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The position the text names for this filter; null when it is not a cursor of this filter.</summary>
    public static RatingCursor? TryDecode(string text, RatingFilter filter)
    {
        var bytes = StrictBase64Url.TryDecode(text);
        if (bytes is null || bytes.Length <= HeaderLength || bytes.Length > HeaderLength + MaxIdLength)
        {
            return null;
        }

        var fingerprint = BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(1 + sizeof(long)));
        var id = bytes.AsSpan(HeaderLength);
        if (bytes[0] != Version || fingerprint != filter.Fingerprint() || id.ContainsAnyExcept(IdCharacters))
        {
            return null;
        }

        return new RatingCursor(BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1)), Encoding.ASCII.GetString(id));
    }
}
