using Dapper;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Features.Tokens;
using Microsoft.Extensions.Options;

namespace HappinessApi.Infrastructure.Database;

public static class StartupExtensions
{
    /// <summary>
    /// Checks the settings, migrates the database, brings the report aggregates up to date and loads the signing
    /// keys, all before the first request.
    /// </summary>
    public static WebApplication PrepareStorage(this WebApplication app)
    {
        // Settings are checked before the first file is touched, so a bad one leaves nothing behind.
        app.Services.GetRequiredService<IStartupValidator>().Validate();

        DefaultTypeMap.MatchNamesWithUnderscores = true;
        app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        app.Services.GetRequiredService<AggregateRebuilder>().EnsureBuilt();
        app.Services.GetRequiredService<TokenKeyRing>();

        return app;
    }
}
