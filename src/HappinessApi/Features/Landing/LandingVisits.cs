using HappinessApi.Configuration;
using HappinessApi.Features.Invitations;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Tokens;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Landing;

/// <summary>
/// A customer's visit through a link: the verified claims, the language, and the path the service
/// is published under (such as /happiness, or empty).
/// </summary>
public sealed record LandingVisit(string Token, RatingTokenClaims Claims, LandingTexts Texts, string BasePath)
{
    public string SubmitPath => BasePath + LandingRoutes.SubmitFor(Token);

    public string ThanksPath => BasePath + LandingRoutes.ThanksFor(Token);
}

/// <summary>Opens visits and builds their forms. Opening one only reads: showing a page stores nothing.</summary>
public sealed class LandingVisits(
    RatingTokenCodec tokens,
    InvitationStore invitations,
    ReasonCatalog reasons,
    FormStamp stamps,
    IOptions<PublicLinkOptions> links)
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

        return (TokenFailure.None, new LandingVisit(token, claims, LandingTexts.For(language), BasePath(request)));
    }

    /// <summary>Opens the visit the route's token names, or answers the token's failure and returns null.</summary>
    public async Task<LandingVisit?> OpenOrRefuseAsync(HttpContext context, string? token, CancellationToken ct)
    {
        var (failure, visit) = await OpenAsync(token ?? "", context.Request, ct);
        if (visit is null)
        {
            await LandingReplies.SendTokenFailureAsync(context, failure, ct);
        }

        return visit;
    }

    public LandingForm NewForm(LandingVisit visit, Ratings.RatingValue? rating) => new(
        visit.Token,
        visit.SubmitPath,
        rating,
        stamps.Issue(visit.Token),
        visit.Texts,
        [.. reasons.All.Select(reason => new LandingReason(reason.Code, reason.LabelIn(visit.Texts.Language)))],
        []);

    // Behind a proxy that publishes the service under a path, the customer's browser must post there.
    private string BasePath(HttpRequest request) =>
        links.Value.PublicBaseUrl?.AbsolutePath.TrimEnd('/') ?? request.PathBase.Value ?? "";
}
