using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.ApiKeys;

/// <summary>
/// <c>dotnet run -- keys create|revoke|list</c>: manages the stored API keys in the configured database and exits
/// without serving. A running service sees the change on its next request.
/// </summary>
public static class KeysCommand
{
    public const string Name = "keys";

    public const int InvalidArguments = 2;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command and returns the exit code; disposes the app, which flushes the console log.</summary>
    public static async Task<int> RunKeysCommandAsync(this WebApplication app, string[] args)
    {
        await using var owned = app;
        if (!KeysArguments.TryParse(args[1..], out var arguments, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(KeysArguments.Usage);
            return InvalidArguments;
        }

        app.PrepareStorage();
        var commands = ActivatorUtilities.CreateInstance<ApiKeyCommands>(app.Services);

        return await commands.RunAsync(arguments, Console.Out, Console.Error, CancellationToken.None);
    }
}
