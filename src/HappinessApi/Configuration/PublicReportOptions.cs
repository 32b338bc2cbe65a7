namespace HappinessApi.Configuration;

public sealed class PublicReportOptions
{
    public const string SectionName = "PublicReport";

    /// <summary>When set, the public report needs an API key with reports:read, like the private reports.</summary>
    public bool RequireApiKey { get; set; }

    /// <summary>Origins, such as https://status.example.com, whose pages may read the report from a browser.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
}
