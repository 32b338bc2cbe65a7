using System.Buffers;
using System.Buffers.Text;

namespace HappinessApi.Features.Tokens;

/// <summary>Decodes only the one spelling that our encoder would write for the same bytes.</summary>
public static class StrictBase64Url
{
    public static byte[]? TryDecode(string text)
    {
        if (text.Length == 0 || text.Length % 4 == 1 || !text.All(IsAlphabet))
        {
            return null;
        }

        var buffer = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        var status = Base64Url.DecodeFromChars(text, buffer, out _, out var written);
        if (status != OperationStatus.Done)
        {
            return null;
        }

        var bytes = buffer[..written];
        return Base64Url.EncodeToString(bytes) == text ? bytes : null;
    }

    private static bool IsAlphabet(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is '-' or '_';
}
