using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Landing;

/// <summary>The customer-facing routes; the invitation links point at <see cref="Page"/>.</summary>
public static class LandingRoutes
{
    public const string Prefix = "/r";

    /// <summary>Whether a request path or route is one of the customer's pages.</summary>
    public static bool IsCustomerPage(PathString path) =>
        path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public const string Page = "/r/{token}/{rating}";

    public const string Thanks = "/r/{token}/thanks";

    public const string Submit = "/r/{token}";

    public static string PageFor(string token, RatingValue rating) =>
        $"{SubmitFor(token)}/{RatingValues.ToWire(rating)}";

    public static string ThanksFor(string token) => $"{SubmitFor(token)}/thanks";

    public static string SubmitFor(string token) => $"/r/{Uri.EscapeDataString(token)}";
}
