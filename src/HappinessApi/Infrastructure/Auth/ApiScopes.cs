namespace HappinessApi.Infrastructure.Auth;

public static class ApiScopes
{
    public const string ClaimType = "scope";

    public const string Admin = "admin";
    public const string InvitationsWrite = "invitations:write";
    public const string RatingsWrite = "ratings:write";
    public const string RatingsRead = "ratings:read";
    public const string ReportsRead = "reports:read";
    public const string RatingsModerate = "ratings:moderate";
    public const string WebhooksManage = "webhooks:manage";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Admin, InvitationsWrite, RatingsWrite, RatingsRead, ReportsRead, RatingsModerate, WebhooksManage,
    };
}
