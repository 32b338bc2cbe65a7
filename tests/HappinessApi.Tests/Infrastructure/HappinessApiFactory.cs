using System.Net.Http.Headers;
using HappinessApi.Infrastructure.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HappinessApi.Tests.Infrastructure;

/// <summary>
/// The real service on Kestrel at a loopback port, with its own SQLite file and a clock the tests move.
/// </summary>
public sealed class HappinessApiFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789";

    public const string ReportsOnlyKey = "test-reports-key-0123456789";

    private readonly string _directory;

    private readonly bool _ownsDirectory;

    private readonly IReadOnlyList<KeyValuePair<string, string?>> _settings;

    /// <summary>A service on a new database, signing with <see cref="TestKeys.Live"/>.</summary>
    public HappinessApiFactory()
        : this(null, TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live, TestKeys.Old, TestKeys.Gone))
    {
    }

    /// <summary>A service with the given settings, on the database in the given directory if one is given.</summary>
    public HappinessApiFactory(string? directory, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        _ownsDirectory = directory is null;
        _directory = directory ?? Directory.CreateTempSubdirectory("happiness-tests-").FullName;
        _settings = [.. settings];
        UseKestrel(0);
    }

    public CapturedLogs Logs { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_directory, "happiness.db");

    public TestDatabase Database => new(DatabasePath, () => Services.GetRequiredService<ReportDataVersion>().Bump());

    public HttpClient CreateApiClient(string? apiKey = null)
    {
        StartServer();
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Happiness", $"Data Source={DatabasePath}");
        builder.UseSetting("Auth:Keys:0:Name", "admin");
        builder.UseSetting("Auth:Keys:0:Key", AdminKey);
        builder.UseSetting("Auth:Keys:0:Scopes:0", "admin");
        builder.UseSetting("Auth:Keys:1:Name", "reports");
        builder.UseSetting("Auth:Keys:1:Key", ReportsOnlyKey);
        builder.UseSetting("Auth:Keys:1:Scopes:0", "reports:read");
        // Every test calls from one address; only the rate-limiting tests pass a low limit in their settings.
        builder.UseSetting("RateLimiting:PermitLimit", "1000000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsDirectory && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
