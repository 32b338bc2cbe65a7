using System.Buffers.Binary;
using System.Text;

namespace HappinessApi.Features.Tokens;

/// <summary>
/// The binary payload of a v1 token: token id (16 bytes), issued-at and expires-at (signed 64-bit
/// big-endian Unix seconds), then ticket, reply and agent references, each a length byte and UTF-8.
/// </summary>
public static class TokenPayload
{
    public const int TokenIdBytes = 16;

    private const int FixedBytes = TokenIdBytes + 8 + 8;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static byte[] Write(RatingTokenClaims claims)
    {
        var references = new[] { claims.TicketId, claims.ReplyId, claims.AgentId }
            .Select(Encoding.UTF8.GetBytes)
            .ToArray();
        var buffer = new byte[FixedBytes + references.Sum(reference => 1 + reference.Length)];

        claims.TokenId.CopyTo(buffer, 0);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(16), claims.IssuedAt.ToUnixTimeSeconds());
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(24), claims.ExpiresAt.ToUnixTimeSeconds());

        var offset = FixedBytes;
        foreach (var reference in references)
        {
            buffer[offset] = (byte)reference.Length;
            reference.CopyTo(buffer, offset + 1);
            offset += 1 + reference.Length;
        }

        return buffer;
    }

    public static RatingTokenClaims? TryRead(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < FixedBytes + 3)
        {
            return null;
        }

        var issuedAt = BinaryPrimitives.ReadInt64BigEndian(payload[16..]);
        var expiresAt = BinaryPrimitives.ReadInt64BigEndian(payload[24..]);
        var rest = payload[FixedBytes..];
        var ticket = TryReadReference(ref rest);
        var reply = TryReadReference(ref rest);
        var agent = TryReadReference(ref rest);

        if (ticket is null || reply is null || agent is null || rest.Length != 0
            || !AreValidReferences(ticket, reply, agent) || !IsValidTime(issuedAt, expiresAt))
        {
            return null;
        }

        return new RatingTokenClaims(
            payload[..TokenIdBytes].ToArray(),
            ticket,
            reply,
            agent,
            DateTimeOffset.FromUnixTimeSeconds(issuedAt),
            DateTimeOffset.FromUnixTimeSeconds(expiresAt));
    }

    private static string? TryReadReference(ref ReadOnlySpan<byte> rest)
    {
        if (rest.Length == 0 || rest[0] > rest.Length - 1)
        {
            return null;
        }

        var bytes = rest.Slice(1, rest[0]);
        rest = rest[(1 + bytes.Length)..];
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // The same rules as the invitation API, so a token signed offline can name nothing it could not.
    private static bool AreValidReferences(string ticket, string reply, string agent) =>
        ticket.Length > 0
        && agent.Length > 0
        && Encoding.UTF8.GetByteCount(ticket + reply + agent) <= RatingTokenClaims.MaxReferenceBytes
        && TextRules.HasNoControlCharacters(ticket + reply + agent);

    private static bool IsValidTime(long issuedAt, long expiresAt) =>
        issuedAt > 0
        && expiresAt > issuedAt
        && expiresAt <= DateTimeOffset.MaxValue.ToUnixTimeSeconds();
}
