using Microsoft.Net.Http.Headers;

namespace HappinessApi.Features.Landing;

/// <summary>Picks the page's language: the invitation's locale, else the browser's preference, else English.</summary>
public static class LandingLanguage
{
    public const string English = "en";

    public const string French = "fr";

    public static string Choose(string? invitationLocale, HttpRequest request)
    {
        if (Supported(invitationLocale) is { } fromInvitation)
        {
            return fromInvitation;
        }

        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var preferences))
        {
            return English;
        }

        return preferences
            .Where(preference => preference.Quality is null or > 0)
            .OrderByDescending(preference => preference.Quality ?? 1)
            .Select(preference => Supported(preference.Value.Value))
            .FirstOrDefault(language => language is not null) ?? English;
    }

    public static string? Supported(string? locale) =>
        locale?.Split('-')[0].ToLowerInvariant() switch
        {
            English => English,
            French => French,
            _ => null,
        };
}
