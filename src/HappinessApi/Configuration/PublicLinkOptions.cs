namespace HappinessApi.Configuration;

public sealed class PublicLinkOptions
{
    public const string SectionName = "Links";

    /// <summary>
    /// Where customers reach this service, such as https://happiness.example.com; by default the
    /// request's own host.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
