using System.Text.Encodings.Web;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.Record;

namespace HappinessApi.Features.Landing;

/// <summary>Builds the customer's pages. Every value that came with a request is HTML-encoded.</summary>
public static class LandingPages
{
    private static readonly (RatingValue Value, string Face, string Label)[] Choices =
    [
        (RatingValue.Great, "😀", "Great"),
        (RatingValue.Ok, "😐", "OK"),
        (RatingValue.NotGood, "🙁", "Not so good"),
    ];

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
        """;

    public static string Form(LandingForm form) => Layout("How did we do?", $"""
        <h1>How did we do?</h1>
        <p>Check your answer, add a comment if you like, and press Send.</p>
        <form method="post" action="{Encode(LandingRoutes.SubmitFor(form.Token))}">
        <fieldset{DescribedBy("rating-error", form.RatingError)}>
        <legend>Your rating of our reply</legend>
        {Error("rating-error", form.RatingError)}
        {string.Join('\n', Choices.Select(choice => Choice(choice, form.Rating)))}
        </fieldset>
        <label for="comment">Anything you would like to add? (optional)</label>
        {Error("comment-error", form.CommentError)}
        {CommentBox(form)}
        <button type="submit">Send</button>
        </form>
        """);

    public static string Thanks() => Layout("Thank you", """
        <h1>Thank you!</h1>
        <p>Your answer has been recorded. You can close this page.</p>
        <p>If you change your mind, use the links in the e-mail again.</p>
        """);

    public static string LinkInvalid() =>
        Problem("This link is not valid", "Please open the link exactly as it came in the e-mail.");

    public static string LinkExpired() =>
        Problem("This link has expired", "Links to rate a reply work for a limited time. Thank you all the same.");

    public static string NotFound() =>
        Problem("This page does not exist", "Please open one of the links in the e-mail as it came.");

    private static string Choice((RatingValue Value, string Face, string Label) choice, RatingValue? selected)
    {
        var wire = RatingValues.ToWire(choice.Value);
        var id = $"rating-{wire}";
        var isChecked = choice.Value == selected ? " checked" : "";

        return $"""
            <div class="choice"><input type="radio" id="{id}" name="rating" value="{wire}"{isChecked}>
            <label for="{id}"><span class="face" aria-hidden="true">{choice.Face}</span> {choice.Label}</label></div>
            """;
    }

    // The parser drops one line break right after <textarea>, so one is written on purpose:
    // a comment that starts with a line break then keeps it.
    private static string CommentBox(LandingForm form) =>
        $"<textarea id=\"comment\" name=\"comment\" rows=\"6\" maxlength=\"{RecordRatingValidator.MaxCommentLength}\""
        + $"{DescribedBy("comment-error", form.CommentError)}{Invalid(form.CommentError)}>\n"
        + $"{Encode(form.Comment)}</textarea>";

    private static string DescribedBy(string errorId, string? error) =>
        error is null ? "" : $" aria-describedby=\"{errorId}\"";

    private static string Invalid(string? error) => error is null ? "" : " aria-invalid=\"true\"";

    private static string Error(string id, string? error) =>
        error is null ? "" : $"<p class=\"error\" id=\"{id}\">{Encode(error)}</p>";

    private static string Problem(string title, string message) => Layout(title, $"""
        <h1>{Encode(title)}</h1>
        <p>{Encode(message)}</p>
        """);

    private static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    private static string Layout(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
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
