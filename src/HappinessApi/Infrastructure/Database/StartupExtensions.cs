using Dapper;
using HappinessApi.Features.Tokens;

namespace HappinessApi.Infrastructure.Database;

public static class StartupExtensions
{
    /// <summary>Migrates the database and loads the signing keys before the first request.</summary>
    public static WebApplication PrepareStorage(this WebApplication app)
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        app.Services.GetRequiredService<DatabaseMigrator>().Migrate();
        app.Services.GetRequiredService<TokenKeyRing>();

        return app;
    }
}
