using System.Text.Encodings.Web;
using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Landing;

/// <summary>Builds the customer's pages. Every value that came with a request is HTML-encoded.</summary>
public static class LandingPages
{
    private const string Style = """
        body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1b1b1b;background:#f7f7f5}
        main{max-width:34rem;margin:0 auto;padding:1.5rem 1rem}
        h1{font-size:1.5rem;margin:0 0 1rem}
        fieldset{border:0;margin:0 0 1.25rem;padding:0}
        legend{font-weight:600;margin-bottom:.5rem;padding:0}
        .choice{display:flex;align-items:center;gap:.75rem;margin-bottom:.5rem;padding:.5rem .75rem;
        border:2px solid #c8c8c8;border-radius:.5rem;background:#fff}
        .choice:has(input:checked){border-color:#1d4ed8;background:#eef3ff}
        .choice input{width:1.4rem;height:1.4rem;margin:0}
        .choice label{flex:1;cursor:pointer}
        .face{font-size:2rem;vertical-align:middle;margin-right:.5rem}
        label[for=comment]{display:block;font-weight:600;margin-bottom:.25rem}
        textarea{box-sizing:border-box;width:100%;min-height:8rem;font:inherit;padding:.5rem}
        button{margin-top:1rem;padding:.75rem 1.75rem;font:inherit;font-weight:600;color:#fff;
        background:#1d4ed8;border:0;border-radius:.5rem;cursor:pointer}
        :focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
        .error{color:#b00020;font-weight:600;margin:.25rem 0 .5rem}
        .reason{display:flex;align-items:center;gap:.6rem;margin:.35rem 0}
        .reason input{width:1.2rem;height:1.2rem;margin:0}
        """;

    public static string Form(LandingForm form) => Layout(form.Texts, form.Texts.Title, $"""
        <h1>{Encode(form.Texts.Title)}</h1>
        <p>{Encode(form.Texts.Intro)}</p>
        <form method="post" action="{Encode(form.SubmitPath)}">
        <input type="hidden" name="stamp" value="{Encode(form.Stamp)}">
        <fieldset{DescribedBy("rating-error", form.RatingError)}>
        <legend>{Encode(form.Texts.RatingLegend)}</legend>
        {Error("rating-error", form.RatingError)}
        {string.Join('\n', Faces(form.Texts).Select(face => Choice(face, form.Rating)))}
        </fieldset>
        {ReasonPicker(form)}
        <label for="comment">{Encode(form.Texts.CommentLabel)}</label>
        {Error("comment-error", form.CommentError)}
        {CommentBox(form)}
        <button type="submit">{Encode(form.Texts.Send)}</button>
        </form>
        """);

    public static string Thanks(LandingTexts texts) => Layout(texts, texts.ThanksTitle, $"""
        <h1>{Encode(texts.ThanksTitle)}</h1>
        <p>{Encode(texts.ThanksBody)}</p>
        <p>{Encode(texts.ThanksAgain)}</p>
        """);

    public static string LinkInvalid(LandingTexts texts) => Problem(texts, texts.InvalidTitle, texts.InvalidBody);

    public static string LinkExpired(LandingTexts texts) => Problem(texts, texts.ExpiredTitle, texts.ExpiredBody);

    public static string NotFound(LandingTexts texts) => Problem(texts, texts.NotFoundTitle, texts.NotFoundBody);

    public static string Busy(LandingTexts texts) => Problem(texts, texts.BusyTitle, texts.BusyBody);

    public static string TooLarge(LandingTexts texts) => Problem(texts, texts.TooLargeTitle, texts.TooLargeBody);

    private static (RatingValue Value, string Face, string Label)[] Faces(LandingTexts texts) =>
    [
        (RatingValue.Great, "😀", texts.Great),
        (RatingValue.Ok, "😐", texts.Ok),
        (RatingValue.NotGood, "🙁", texts.NotGood),
    ];

    private static string Choice((RatingValue Value, string Face, string Label) choice, RatingValue? selected)
    {
        var wire = RatingValues.ToWire(choice.Value);
        var id = $"rating-{wire}";
        var isChecked = choice.Value == selected ? " checked" : "";

        return $"""
            <div class="choice"><input type="radio" id="{id}" name="rating" value="{wire}"{isChecked}>
            <label for="{id}"><span class="face"
            aria-hidden="true">{choice.Face}</span> {Encode(choice.Label)}</label></div>
            """;
    }

    private static string ReasonPicker(LandingForm form)
    {
        if (!form.ShowsReasons)
        {
            return "";
        }

        var boxes = form.Reasons.Select(reason =>
        {
            var id = $"reason-{reason.Code}";
            var isChecked = form.ChosenReasons.Contains(reason.Code) ? " checked" : "";
            return $"<div class=\"reason\"><input type=\"checkbox\" id=\"{id}\" name=\"reasons\" "
                + $"value=\"{Encode(reason.Code)}\"{isChecked}>"
                + $"<label for=\"{id}\">{Encode(reason.Label)}</label></div>";
        });

        return $"""
            <fieldset{DescribedBy("reasons-error", form.ReasonsError)}>
            <legend>{Encode(form.Texts.ReasonsLegend)}</legend>
            {Error("reasons-error", form.ReasonsError)}
            {string.Join('\n', boxes)}
            </fieldset>
            """;
    }

    // The parser drops one line break right after <textarea>, so one is written on purpose:
    // a comment that starts with a line break then keeps it.
    private static string CommentBox(LandingForm form) =>
        $"<textarea id=\"comment\" name=\"comment\" rows=\"6\" maxlength=\"{RatingFieldRules.MaxCommentLength}\""
        + $"{DescribedBy("comment-error", form.CommentError)}{Invalid(form.CommentError)}>\n"
        + $"{Encode(form.Comment)}</textarea>";

    private static string DescribedBy(string errorId, string? error) =>
        error is null ? "" : $" aria-describedby=\"{errorId}\"";

    private static string Invalid(string? error) => error is null ? "" : " aria-invalid=\"true\"";

    private static string Error(string id, string? error) =>
        error is null ? "" : $"<p class=\"error\" id=\"{id}\">{Encode(error)}</p>";

    private static string Problem(LandingTexts texts, string title, string message) => Layout(texts, title, $"""
        <h1>{Encode(title)}</h1>
        <p>{Encode(message)}</p>
        """);

    private static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    private static string Layout(LandingTexts texts, string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="{texts.Language}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{Encode(title)}</title>
        <style>
        {Style}
        </style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>
        """;
}
