namespace HappinessApi.Configuration;

public sealed class TokenOptions
{
    public const string SectionName = "Tokens";

    public string? ActiveKeyId { get; set; }

    public List<TokenKeyOptions> Keys { get; set; } = [];

    public TimeSpan DefaultLifetime { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromDays(90);

    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(2);
}

public sealed class TokenKeyOptions
{
    public string Id { get; set; } = "";

    public string Secret { get; set; } = "";

    public bool Retired { get; set; }
}
