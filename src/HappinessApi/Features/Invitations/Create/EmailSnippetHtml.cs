using System.Text.Encodings.Web;

namespace HappinessApi.Features.Invitations.Create;

/// <summary>
/// The e-mail block as an HTML fragment that mail clients render alike: a layout table, inline styles
/// only, web-safe fonts, and emoji as text so that no image can be blocked. Every value is encoded.
/// </summary>
public static class EmailSnippetHtml
{
    private const string Table = """role="presentation" cellpadding="0" cellspacing="0" border="0" """;

    // Rounded cell borders need separate borders; cellspacing="0" still keeps the cells together.
    private const string TableStyle = "border-collapse:separate;margin:0;";

    private const string Font = "font-family:Arial,Helvetica,sans-serif;";

    private const string QuestionStyle =
        $"padding:0 0 12px 0;{Font}font-size:16px;line-height:24px;font-weight:bold;color:#1b1b1b;";

    // 96px cells and 8px gaps fit a 320px-wide phone; the link fills its cell, so the whole face is
    // the tap target.
    private const string CellStyle =
        "width:96px;border:2px solid #1d4ed8;border-radius:8px;background-color:#ffffff;";

    private const string LinkStyle =
        $"display:block;padding:12px 4px;{Font}font-size:16px;line-height:24px;"
        + "color:#1d4ed8;text-decoration:none;text-align:center;";

    private const string FaceStyle = "font-size:32px;line-height:40px;";

    private const string Gap = """<td width="8" style="width:8px;font-size:0;line-height:0;">&#160;</td>""";

    public static string Render(SnippetWording wording, IReadOnlyList<EmailFace> faces) => $"""
        <table {Table}style="{TableStyle}" lang="{Encode(wording.Language)}">
        <tr><td colspan="{faces.Count * 2 - 1}" style="{QuestionStyle}">{Encode(wording.Question)}</td></tr>
        <tr>
        {string.Join($"\n{Gap}\n", faces.Select(Cell))}
        </tr>
        </table>
        """;

    private static string Cell(EmailFace face) =>
        $"""<td width="96" align="center" valign="top" bgcolor="#ffffff" style="{CellStyle}">"""
        + $"""<a href="{Encode(face.Link)}" style="{LinkStyle}">"""
        + $"""<span aria-hidden="true" style="{FaceStyle}">{Encode(face.Emoji)}</span><br />"""
        + $"""{Encode(face.Label)}</a></td>""";

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
