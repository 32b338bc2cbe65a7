using System.Globalization;

namespace HappinessApi.Features;

public static class TextRules
{
    public static bool HasNoControlCharacters(string? text) =>
        text is null || !text.Any(char.IsControl);

    /// <summary>Allows line breaks and tabs in free text, but no other control character.</summary>
    public static bool HasNoControlCharactersButLineBreaks(string? text) =>
        text is null || !text.Any(character => char.IsControl(character) && character is not ('\n' or '\r' or '\t'));

    /// <summary>Counts what a reader sees as one character: an emoji or an accented letter counts once.</summary>
    public static int CountTextElements(string text) => new StringInfo(text).LengthInTextElements;
}
