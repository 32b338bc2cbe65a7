namespace HappinessApi.Features.ApiKeys;

internal static partial class ApiKeysLog
{
    [LoggerMessage(EventId = 4500, Level = LogLevel.Information,
        Message = "API key {KeyId} created for {KeyName} with scopes {Scopes}")]
    public static partial void Created(ILogger logger, string keyId, string keyName, string scopes);

    [LoggerMessage(EventId = 4501, Level = LogLevel.Information, Message = "API key {KeyId} of {KeyName} revoked")]
    public static partial void Revoked(ILogger logger, string keyId, string keyName);
}
