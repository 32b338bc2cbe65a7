using System.Security.Cryptography;
using System.Text.Json;
using HappinessApi.Configuration;

namespace HappinessApi.Features.Tokens;

/// <summary>
/// Builds the key ring from configuration, or from a key file beside the database that is
/// generated on first start, so that the service runs with nothing configured.
/// </summary>
public static partial class TokenKeyRingLoader
{
    public const string KeyFileName = "token-keys.json";

    public static TokenKeyRing Load(TokenOptions options, string databasePath, ILogger logger)
    {
        if (options.Keys.Count > 0)
        {
            return FromOptions(options.ActiveKeyId!, options.Keys);
        }

        var keyFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, KeyFileName);
        if (!File.Exists(keyFile))
        {
            WriteNewKeyFile(keyFile);
        }

        LogUsingKeyFile(logger, keyFile);
        var stored = JsonSerializer.Deserialize<TokenOptions>(File.ReadAllText(keyFile), JsonSerializerOptions.Web)!;

        return FromOptions(stored.ActiveKeyId!, stored.Keys);
    }

    private static TokenKeyRing FromOptions(string activeKeyId, IEnumerable<TokenKeyOptions> keys)
    {
        var ring = keys.Select(key =>
        {
            TokenKey.TryDecodeSecret(key.Secret, out var secret);
            return new TokenKey(key.Id, secret, key.Retired);
        });

        return new TokenKeyRing(activeKeyId, ring);
    }

    private static void WriteNewKeyFile(string keyFile)
    {
        var key = new TokenKeyOptions
        {
            Id = "local-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)),
            Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var content = JsonSerializer.Serialize(
            new TokenOptions { ActiveKeyId = key.Id, Keys = [key] },
            JsonSerializerOptions.Web);

        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(keyFile, fileOptions);
        writer.Write(content);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "No token signing keys are configured; using the generated key file {KeyFile}. "
            + "Configure Tokens:Keys to share keys between instances or sign tokens offline")]
    private static partial void LogUsingKeyFile(ILogger logger, string keyFile);
}
