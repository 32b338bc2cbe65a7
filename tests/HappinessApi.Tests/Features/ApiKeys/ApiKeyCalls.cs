using HappinessApi.Features.ApiKeys;
using HappinessApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HappinessApi.Tests.Features.ApiKeys;

/// <summary>Runs the <c>keys</c> command against a running test service's database, as an operator would.</summary>
public static class ApiKeyCalls
{
    private const string KeyLinePrefix = "Key: ";

    public static async Task<KeysRun> RunAsync(HappinessApiFactory factory, params string[] args)
    {
        if (!KeysArguments.TryParse(args, out var arguments, out var parseError))
        {
            return new KeysRun(KeysCommand.InvalidArguments, "", parseError);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var commands = ActivatorUtilities.CreateInstance<ApiKeyCommands>(factory.Services);
        var exitCode = await commands.RunAsync(arguments, output, error, CancellationToken.None);

        return new KeysRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Creates a key and returns it as the command printed it.</summary>
    public static async Task<string> CreateKeyAsync(HappinessApiFactory factory, string name, params string[] scopes)
    {
        var run = await RunAsync(factory, "create", "--name", name, "--scopes", string.Join(',', scopes));
        Assert.That(run.ExitCode, Is.Zero, run.Error);

        return ReadKey(run.Output);
    }

    public static string ReadKey(string output) => output
        .Split('\n')
        .Single(line => line.StartsWith(KeyLinePrefix, StringComparison.Ordinal))[KeyLinePrefix.Length..]
        .Trim();
}

/// <summary>What one run of the command answered.</summary>
public sealed record KeysRun(int ExitCode, string Output, string Error);
