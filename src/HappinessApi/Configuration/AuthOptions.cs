namespace HappinessApi.Configuration;

public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    public List<ApiKeyOptions> Keys { get; set; } = [];
}

public sealed class ApiKeyOptions
{
    public string Name { get; set; } = "";

    public string Key { get; set; } = "";

    public List<string> Scopes { get; set; } = [];
}
