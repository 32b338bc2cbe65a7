using System.Security.Claims;
using System.Text.Encodings.Web;
using HappinessApi.Infrastructure.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HappinessApi.Infrastructure.Auth;

public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyAuthenticator keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.FindAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);

        return key is null
            ? AuthenticateResult.Fail("Unknown or revoked API key.")
            : AuthenticateResult.Success(CreateTicket(key));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";

        return WriteProblemAsync(
            StatusCodes.Status401Unauthorized, "Send a valid API key as 'Authorization: Bearer <key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "The API key lacks the scope this route needs.");

    private static AuthenticationTicket CreateTicket(ApiKeyIdentity key)
    {
        var claims = key.Scopes
            .Select(scope => new Claim(ApiScopes.ClaimType, scope))
            .Append(new Claim(ClaimTypes.Name, key.Name))
            .Append(new Claim(ClaimTypes.NameIdentifier, key.Id));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));

        return new AuthenticationTicket(principal, SchemeName);
    }

    private Task WriteProblemAsync(int status, string detail)
    {
        var problem = ProblemFactory.Create(Context, status, ProblemCodes.ForStatus(status), detail);

        return ProblemFactory.WriteAsync(Context, problem);
    }
}
