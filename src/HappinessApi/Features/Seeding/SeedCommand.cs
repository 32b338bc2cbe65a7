using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Seeding;

/// <summary>
/// <c>dotnet run -- seed ...</c>: fills the configured database with sample data and exits without serving.
/// </summary>
public static class SeedCommand
{
    public const string Name = "seed";

    public const int InvalidArguments = 2;

    public static bool IsRequested(string[] args) => args is [Name, ..];

    /// <summary>Runs the command and returns the exit code; disposes the app, which flushes the console log.</summary>
    public static async Task<int> RunSeedCommandAsync(this WebApplication app, string[] args)
    {
        await using var owned = app;
        if (!SeedArguments.TryParse(args[1..], out var arguments, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(SeedArguments.Usage);
            return InvalidArguments;
        }

        app.PrepareStorage();
        var seeder = ActivatorUtilities.CreateInstance<SampleDataSeeder>(app.Services);
        await seeder.SeedAsync(arguments, CancellationToken.None);

        return 0;
    }
}
