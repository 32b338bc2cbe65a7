using FastEndpoints;
using HappinessApi.Infrastructure.Database;
using HappinessApi.Infrastructure.Errors;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Features.Health;

public sealed partial class GetReadinessEndpoint(DatabaseMigrator migrator, ILogger<GetReadinessEndpoint> logger)
    : EndpointWithoutRequest<HealthStatusResponse>
{
    public const string Route = "/readyz";

    public override void Configure()
    {
        Get(Route);
        AllowAnonymous();
        Description(builder => builder
            .WithTags("Health")
            .WithSummary("Readiness: the database is open and migrated")
            .Produces<HealthStatusResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status503ServiceUnavailable, "application/problem+json"));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (IsReady())
        {
            await Send.OkAsync(new HealthStatusResponse("ready"), ct);
            return;
        }

        var problem = ProblemFactory.Create(
            HttpContext, StatusCodes.Status503ServiceUnavailable, ProblemCodes.NotReady, "The database is not ready.");
        await ProblemFactory.WriteAsync(HttpContext, problem);
    }

    private bool IsReady()
    {
        try
        {
            return migrator.IsUpToDate();
        }
        catch (SqliteException exception)
        {
            LogNotReady(logger, exception);
            return false;
        }
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "Database is not ready")]
    private static partial void LogNotReady(ILogger logger, Exception exception);
}
