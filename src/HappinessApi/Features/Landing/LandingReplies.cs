using FastEndpoints;
using HappinessApi.Features.Tokens;
using HappinessApi.Infrastructure.Errors;
using Microsoft.Net.Http.Headers;

namespace HappinessApi.Features.Landing;

/// <summary>Answers a browser with a page, and any other client with the same problem response as the API.</summary>
public static class LandingReplies
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    // The pages need no script and no other origin; the token in the address must not travel on in a Referer.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static Task SendPageAsync(HttpContext context, string html, int status, CancellationToken ct)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";

        return context.Response.SendStringAsync(html, status, HtmlContentType, ct);
    }

    public static Task SendTokenFailureAsync(HttpContext context, TokenFailure failure, CancellationToken ct)
    {
        var expired = failure == TokenFailure.Expired;
        if (WantsHtml(context.Request))
        {
            var texts = BrowserTexts(context.Request);
            return expired
                ? SendPageAsync(context, LandingPages.LinkExpired(texts), StatusCodes.Status410Gone, ct)
                : SendPageAsync(context, LandingPages.LinkInvalid(texts), StatusCodes.Status400BadRequest, ct);
        }

        var (code, reason) = expired
            ? (ProblemCodes.TokenExpired, "The token has expired.")
            : (ProblemCodes.TokenInvalid, "The token is not valid.");
        var problem = ProblemFactory.Create(context, StatusCodes.Status400BadRequest, code, reason) with
        {
            Errors = [new ApiProblemFieldError("token", reason, code)],
        };

        return ProblemFactory.WriteAsync(context, problem);
    }

    public static Task SendNotFoundAsync(HttpContext context, LandingTexts texts, CancellationToken ct)
    {
        if (WantsHtml(context.Request))
        {
            return SendPageAsync(context, LandingPages.NotFound(texts), StatusCodes.Status404NotFound, ct);
        }

        var problem = ProblemFactory.Create(context, StatusCodes.Status404NotFound, ProblemCodes.NotFound);

        return ProblemFactory.WriteAsync(context, problem);
    }

    /// <summary>
    /// Whether a refusal made before any endpoint runs (429, a form too large) should be a page: the request is
    /// for a customer page and comes from a browser.
    /// </summary>
    public static bool IsBrowserOnCustomerPage(HttpContext context) =>
        LandingRoutes.IsCustomerPage(context.Request.Path) && WantsHtml(context.Request);

    /// <summary>The page of a refusal made before any endpoint runs, in the browser's language.</summary>
    public static Task SendRefusalPageAsync(HttpContext context, int status, CancellationToken ct)
    {
        var texts = BrowserTexts(context.Request);
        var html = status == StatusCodes.Status429TooManyRequests
            ? LandingPages.Busy(texts)
            : LandingPages.TooLarge(texts);

        return SendPageAsync(context, html, status, ct);
    }

    private static LandingTexts BrowserTexts(HttpRequest request) =>
        LandingTexts.For(LandingLanguage.Choose(null, request));

    private static bool WantsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var types)
        && types.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
