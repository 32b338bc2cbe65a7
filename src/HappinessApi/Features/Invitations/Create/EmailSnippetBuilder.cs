using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Invitations.Create;

/// <summary>Builds the block a helpdesk puts in its reply: three faces, each a link, as HTML and text.</summary>
public static class EmailSnippetBuilder
{
    public static InvitationSnippet Build(InvitationLinks links, string? locale)
    {
        var wording = SnippetTexts.For(locale);

        EmailFace[] faces =
        [
            new("😀", wording.Label(RatingValue.Great), links.Great),
            new("😐", wording.Label(RatingValue.Ok), links.Ok),
            new("🙁", wording.Label(RatingValue.NotGood), links.NotGood),
        ];

        return new InvitationSnippet(EmailSnippetHtml.Render(wording, faces), Text(wording, faces));
    }

    private static string Text(SnippetWording wording, IEnumerable<EmailFace> faces) => string.Join(
        '\n',
        faces.Select(face => $"{face.Label}{wording.Separator}{face.Link}").Prepend(wording.Question));
}

/// <summary>A face as the e-mail shows it: the emoji, its label and the link it opens.</summary>
public sealed record EmailFace(string Emoji, string Label, string Link);
