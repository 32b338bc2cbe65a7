using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Invitations;

public sealed class CreateInvitationSnippetTests : ApiTestFixture
{
    [Test]
    public async Task LinksEachFaceExactlyAsInLinks_WhenCreated()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-400");

        var faces = SnippetCalls.ReadFaces(invitation.Snippet.Html);
        var links = invitation.Links;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(faces.Select(face => face.Href), Is.EqualTo(new[] { links.Great, links.Ok, links.NotGood }));
            Assert.That(invitation.Snippet.Html, Does.Contain($"href=\"{links.Great}\""));
            Assert.That(invitation.Snippet.Html, Does.Contain($"href=\"{links.Ok}\""));
            Assert.That(invitation.Snippet.Html, Does.Contain($"href=\"{links.NotGood}\""));
        }
    }

    [Test]
    public async Task StylesInlineOnly_WhenCreated()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-401");

        var html = invitation.Snippet.Html;
        var styled = XElement.Parse(html).Descendants()
            .Where(element => element.Name.LocalName is "td" or "a" or "span");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Not.Contain("<style").IgnoreCase);
            Assert.That(html, Does.Not.Contain("class=").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<script").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<html").IgnoreCase.And.Not.Contain("<head").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<img").IgnoreCase);
            Assert.That(styled.Select(element => (string?)element.Attribute("style")), Is.All.Not.Empty);
        }
    }

    [Test]
    public async Task LaysOutFacesInPresentationTable_WhenCreated()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-402");

        var table = XElement.Parse(invitation.Snippet.Html);
        var faces = SnippetCalls.ReadFaces(invitation.Snippet.Html);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Name.LocalName, Is.EqualTo("table"));
            Assert.That((string?)table.Attribute("role"), Is.EqualTo("presentation"));
            Assert.That((string?)table.Attribute("cellpadding"), Is.EqualTo("0"));
            Assert.That((string?)table.Attribute("cellspacing"), Is.EqualTo("0"));
            Assert.That((string?)table.Attribute("border"), Is.EqualTo("0"));
            Assert.That(faces.Select(face => face.Emoji), Is.EqualTo(new[] { "😀", "😐", "🙁" }));
            Assert.That(faces.Select(face => face.EmojiHidden), Is.All.True);
        }
    }

    [Test]
    public async Task ReturnsSameSnippet_WhenSameTicketAndReplyAgain()
    {
        var first = await SnippetCalls.CreateAsync(Helpdesk, "T-407", "fr");

        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, SnippetCalls.Body("T-407", "fr"));

        var again = await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(ApiCalls.Json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again!.Links, Is.EqualTo(first.Links));
            Assert.That(again.Snippet, Is.EqualTo(first.Snippet));
        }
    }

    [Test]
    public async Task FollowsRenewedLinks_WhenStoredTokenHasExpired()
    {
        var first = await SnippetCalls.CreateAsync(Helpdesk, "T-409", "en");
        Factory.Time.Advance(TimeSpan.FromDays(31));

        var renewed = await SnippetCalls.CreateAsync(Helpdesk, "T-409", "en");

        var links = renewed.Links;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(renewed.Snippet.Html, Does.Not.Contain(first.Token));
            Assert.That(renewed.Snippet.Text, Does.Not.Contain(first.Token));
            Assert.That(SnippetCalls.ReadFaces(renewed.Snippet.Html).Select(face => face.Href),
                Is.EqualTo(new[] { links.Great, links.Ok, links.NotGood }));
        }
    }

    [Test]
    public async Task ListsSnippetAsRequired_WhenSchemaIsLoaded()
    {
        var document = JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;

        var schemas = document["components"]!["schemas"]!;
        var response = schemas["CreateInvitationResponse"]!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Required(response), Does.Contain("snippet"));
            Assert.That(response["properties"]!["snippet"]!.ToJsonString(), Does.Contain("InvitationSnippet"));
            Assert.That(Required(schemas["InvitationSnippet"]!), Is.SupersetOf(new[] { "html", "text" }));
        }
    }

    private static IEnumerable<string> Required(JsonNode schema) =>
        schema["required"]!.AsArray().Select(node => node!.GetValue<string>());
}
