using HappinessApi.Features.Invitations;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Tokens;

namespace HappinessApi.Features.Landing;

/// <summary>A customer's visit through a link: the verified claims, the invitation if known, the language.</summary>
public sealed record LandingVisit(string Token, RatingTokenClaims Claims, LandingTexts Texts);

/// <summary>Opens visits and builds their forms. Opening one only reads: showing a page stores nothing.</summary>
public sealed class LandingVisits(
    RatingTokenCodec tokens,
    InvitationStore invitations,
    ReasonCatalog reasons,
    FormStamp stamps)
{
    public async Task<(TokenFailure Failure, LandingVisit? Visit)> OpenAsync(
        string token, HttpRequest request, CancellationToken ct)
    {
        var verification = tokens.Verify(token);
        if (verification.Claims is not { } claims)
        {
            return (verification.Failure, null);
        }

        var invitation = await invitations.FindByReferenceAsync(claims.TicketId, claims.ReplyId, ct);
        var language = LandingLanguage.Choose(invitation?.Locale, request);

        return (TokenFailure.None, new LandingVisit(token, claims, LandingTexts.For(language)));
    }

    public LandingForm NewForm(LandingVisit visit, Ratings.RatingValue? rating) => new(
        visit.Token,
        rating,
        stamps.Issue(visit.Token),
        visit.Texts,
        [.. reasons.All.Select(reason => new LandingReason(reason.Code, reason.LabelIn(visit.Texts.Language)))],
        []);
}
