using System.Xml.Linq;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Invitations;

public sealed class CreateInvitationSnippetLanguageTests : ApiTestFixture
{
    [TestCase("fr")]
    [TestCase("fr-CA")]
    [TestCase("FR-ca")]
    public async Task WritesFrench_WhenLocaleIsFrench(string locale)
    {
        var invitation = await SnippetCalls.CreateAsync(Helpdesk, "T-403", locale);

        var table = XElement.Parse(invitation.Snippet.Html);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)table.Attribute("lang"), Is.EqualTo("fr"));
            Assert.That(table.Value, Does.Contain("Comment évaluez-vous ma réponse"));
            Assert.That(SnippetCalls.ReadFaces(invitation.Snippet.Html).Select(face => face.Label),
                Is.EqualTo(new[] { "Super", "OK", "Pas terrible" }));
            Assert.That(invitation.Snippet.Text, Does.Contain("Super").And.Contain("Pas terrible"));
            Assert.That(invitation.Snippet.Text, Does.Not.Contain("Great").And.Not.Contain("Not so good"));
        }
    }

    [TestCase("en")]
    [TestCase("en-GB")]
    [TestCase(null)]
    [TestCase("de")]
    [TestCase("frr")]
    public async Task WritesEnglish_WhenLocaleIsNotFrench(string? locale)
    {
        var invitation = await SnippetCalls.CreateAsync(Helpdesk, "T-404", locale);

        var table = XElement.Parse(invitation.Snippet.Html);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)table.Attribute("lang"), Is.EqualTo("en"));
            Assert.That(table.Value, Does.Contain("How would you rate my reply?"));
            Assert.That(SnippetCalls.ReadFaces(invitation.Snippet.Html).Select(face => face.Label),
                Is.EqualTo(new[] { "Great", "OK", "Not so good" }));
            Assert.That(invitation.Snippet.Text, Does.Contain("Great").And.Contain("Not so good"));
            Assert.That(invitation.Snippet.Text, Does.Not.Contain("Super").And.Not.Contain("Pas terrible"));
        }
    }

    [Test]
    public async Task TextGivesEachLabelWithItsLink_WhenEnglish()
    {
        var invitation = await SnippetCalls.CreateAsync(Helpdesk, "T-405", "en");

        var links = invitation.Links;
        Assert.That(invitation.Snippet.Text.Split('\n'), Is.EqualTo(new[]
        {
            "How would you rate my reply?",
            $"Great: {links.Great}",
            $"OK: {links.Ok}",
            $"Not so good: {links.NotGood}",
        }));
    }

    [Test]
    public async Task TextGivesEachLabelWithItsLink_WhenFrench()
    {
        var invitation = await SnippetCalls.CreateAsync(Helpdesk, "T-406", "fr-CA");

        var links = invitation.Links;
        Assert.That(invitation.Snippet.Text.Split('\n'), Is.EqualTo(new[]
        {
            "Comment évaluez-vous ma réponse\u00A0?",
            $"Super\u00A0: {links.Great}",
            $"OK\u00A0: {links.Ok}",
            $"Pas terrible\u00A0: {links.NotGood}",
        }));
    }

    [Test]
    public async Task KeepsStoredLanguage_WhenAskedAgainWithAnotherLocale()
    {
        var first = await SnippetCalls.CreateAsync(Helpdesk, "T-408", "fr");

        var again = await SnippetCalls.CreateAsync(Helpdesk, "T-408", "en");

        Assert.That(again.Snippet, Is.EqualTo(first.Snippet));
    }
}
