using System.Diagnostics;

namespace HappinessApi.Tests.Features.ApiKeys;

/// <summary>The <c>keys</c> command as an operator runs it: the service's program, in a process of its own.</summary>
public sealed class KeysCommandTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private DirectoryInfo _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("happiness-keys-");

    [TearDown]
    public void DeleteDirectory() => _directory.Delete(recursive: true);

    [Test]
    public async Task CreatesListsAndRevokesAKey_WhenRunAsTheServiceProgram()
    {
        var created = await RunAsync("keys", "create", "--name", "zendesk", "--scopes", "invitations:write");
        var key = ApiKeyCalls.ReadKey(created.Output);

        var listed = await RunAsync("keys", "list");
        var revoked = await RunAsync("keys", "revoke", "zendesk");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((created.ExitCode, listed.ExitCode, revoked.ExitCode), Is.EqualTo((0, 0, 0)), created.Error);
            Assert.That(listed.Output, Does.Contain(key[3..19] + "  zendesk  invitations:write"));
            Assert.That(listed.Output + listed.Error, Does.Not.Contain(key[20..]));
            Assert.That(revoked.Output, Does.Contain($"Revoked API key 'zendesk' ({key[3..19]})"));
        }
    }

    [TestCase(new[] { "keys", "create", "--name", "z", "--scopes", "tickets:write" }, "Unknown scope")]
    [TestCase(new[] { "keys", "create", "--scopes", "invitations:write" }, "--name is required")]
    [TestCase(new[] { "keys", "delete", "zendesk" }, "Unknown action 'delete'.")]
    public async Task ExitsWithCode2AndTouchesNothing_WhenArgumentsAreWrong(string[] args, string message)
    {
        var run = await RunAsync(args);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.StartWith(message).And.Contain("Usage: keys create --name <name>"));
            Assert.That(run.Output, Is.Empty);
            Assert.That(_directory.EnumerateFileSystemInfos(), Is.Empty);
        }
    }

    [Test]
    public async Task ExitsWithCode1_WhenRevokingAnUnknownKey()
    {
        var run = await RunAsync("keys", "revoke", "nobody");

        Assert.That((run.ExitCode, run.Error.Trim()), Is.EqualTo((1, "No API key has the id or name 'nobody'.")));
    }

    private async Task<KeysRun> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _directory.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HappinessApi.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["ConnectionStrings__Happiness"] =
            $"Data Source={Path.Combine(_directory.FullName, "happiness.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(RunTimeout);
        await process.WaitForExitAsync(timeout.Token);

        return new KeysRun(process.ExitCode, await output, await error);
    }
}
