namespace HappinessApi.Features.Invitations.Create;

/// <summary>The invitation, its token and the three links to put in the e-mail.</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="Token">The signed token that lets the customer rate this reply.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
/// <param name="Links">The three one-click links.</param>
public sealed record CreateInvitationResponse(string Id, string Token, DateTimeOffset ExpiresAt, InvitationLinks Links);

/// <summary>One link per face.</summary>
/// <param name="Great">The link for great.</param>
/// <param name="Ok">The link for ok.</param>
/// <param name="NotGood">The link for not good.</param>
public sealed record InvitationLinks(string Great, string Ok, string NotGood);
