using System.Net.Http.Json;
using System.Xml.Linq;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Invitations;

/// <summary>A face link as the snippet's HTML shows it.</summary>
public sealed record SnippetFace(string Href, string Emoji, bool EmojiHidden, string Label);

/// <summary>Creates invitations in a chosen language and reads the faces out of their e-mail snippet.</summary>
public static class SnippetCalls
{
    public static object Body(string ticketId, string? locale) =>
        new { ticketId, replyId = "r1", agent = new { id = "agent-ann", name = "Ann" }, locale };

    public static async Task<CreateInvitationResponse> CreateAsync(HttpClient client, string ticketId, string? locale)
    {
        var response = await client.PostAsJsonAsync(CreateInvitationEndpoint.Route, Body(ticketId, locale));
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(ApiCalls.Json))!;
    }

    /// <summary>
    /// The snippet is written so that it also parses as XML, which checks that every tag is closed and
    /// every attribute quoted; the parser decodes what the builder encoded.
    /// </summary>
    public static IReadOnlyList<SnippetFace> ReadFaces(string html) =>
    [
        .. XElement.Parse(html).Descendants("a").Select(link => new SnippetFace(
            (string)link.Attribute("href")!,
            link.Element("span")?.Value ?? "",
            (string?)link.Element("span")?.Attribute("aria-hidden") == "true",
            link.Nodes().OfType<XText>().LastOrDefault()?.Value ?? "")),
    ];
}
