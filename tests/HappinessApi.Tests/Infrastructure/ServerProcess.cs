using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HappinessApi.Tests.Infrastructure;

/// <summary>
/// The service as a process of its own, from the build output, on a free loopback port: what a test cannot do to an
/// in-process host, such as killing it with SIGKILL, it can do to this.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    public const string AdminKey = "process-admin-key-0123456789";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the service on the database of the directory and waits until it answers /readyz.</summary>
    public static async Task<ServerProcess> StartAsync(string directory, params (string Name, string Value)[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HappinessApi.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["ConnectionStrings__Happiness"] = $"Data Source={Path.Combine(directory, "happiness.db")}";
        start.Environment["Auth__Keys__0__Name"] = "process-admin";
        start.Environment["Auth__Keys__0__Key"] = AdminKey;
        start.Environment["Auth__Keys__0__Scopes__0"] = "admin";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var server = new ServerProcess(Process.Start(start)!, address);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server.WaitUntilReadyAsync();

        return server;
    }

    public HttpClient CreateClient(string? apiKey = AdminKey)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>Sends SIGKILL: the process gets no chance to finish anything, as in a crash or power loss.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient(apiKey: null);
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The service at {Address} was not ready within {ReadyTimeout.TotalSeconds} s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
