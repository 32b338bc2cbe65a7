namespace HappinessApi.Features.ApiKeys;

/// <summary>Writes rows as left-aligned columns for a terminal.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, string[] header, IReadOnlyList<string[]> rows)
    {
        string[][] lines = [header, .. rows];
        var widths = header.Select((_, column) => lines.Max(line => line[column].Length)).ToArray();

        foreach (var line in lines)
        {
            output.WriteLine(string.Join("  ", line.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
        }
    }
}
