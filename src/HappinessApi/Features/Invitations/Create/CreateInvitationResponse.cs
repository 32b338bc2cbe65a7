namespace HappinessApi.Features.Invitations.Create;

/// <summary>The invitation, its token, the three links and a ready-made e-mail block that holds them.</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="Token">The signed token that lets the customer rate this reply.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
/// <param name="Links">The three one-click links.</param>
/// <param name="Snippet">The three faces with their links, ready to paste into the e-mail.</param>
public sealed record CreateInvitationResponse(
    string Id, string Token, DateTimeOffset ExpiresAt, InvitationLinks Links, InvitationSnippet Snippet);

/// <summary>One link per face.</summary>
/// <param name="Great">The link for great.</param>
/// <param name="Ok">The link for ok.</param>
/// <param name="NotGood">The link for not good.</param>
public sealed record InvitationLinks(string Great, string Ok, string NotGood);

/// <summary>The e-mail block in the invitation's language: French for fr locales, English otherwise.</summary>
/// <param name="Html">
/// An HTML fragment (no html or head element): a layout table with inline styles, one link per face.
/// </param>
/// <param name="Text">The plain-text version: the question, then one line per face with its link.</param>
public sealed record InvitationSnippet(string Html, string Text);
