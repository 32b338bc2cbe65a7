using HappinessApi.Features.Invitations.Create;

namespace HappinessApi.Tests.Features.Invitations;

public sealed class EmailSnippetBuilderTests
{
    [Test]
    public void EncodesEveryLink_WhenLinksHoldMarkup()
    {
        var links = new InvitationLinks(
            "https://example.com/r/\"><script>alert(1)</script>",
            "https://example.com/r/t/ok?a=1&b=2",
            "https://example.com/r/'onmouseover='x");

        var snippet = EmailSnippetBuilder.Build(links, "en");

        var faces = SnippetCalls.ReadFaces(snippet.Html);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(snippet.Html, Does.Not.Contain("<script").And.Not.Contain("'onmouseover"));
            Assert.That(snippet.Html, Does.Not.Contain("a=1&b=2"));
            Assert.That(faces.Select(face => face.Href), Is.EqualTo(new[] { links.Great, links.Ok, links.NotGood }));
            Assert.That(snippet.Text, Does.Contain($"OK: {links.Ok}"));
        }
    }

    [TestCase("fr", "fr")]
    [TestCase("fr-CA", "fr")]
    [TestCase("fr-Latn-FR", "fr")]
    [TestCase("FR", "fr")]
    [TestCase("en", "en")]
    [TestCase("en-GB", "en")]
    [TestCase("frr", "en")]
    [TestCase("de-CH", "en")]
    [TestCase("", "en")]
    [TestCase(null, "en")]
    public void PicksLanguageByPrimarySubtag_WhenLocaleIsGiven(string? locale, string language)
    {
        var wording = SnippetTexts.For(locale);

        Assert.That(wording.Language, Is.EqualTo(language));
    }
}
