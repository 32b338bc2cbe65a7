using Dapper;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Features.Ratings.Moderate;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Tests.Features.Ratings.Write;

/// <summary>Helpers that post ratings as a helpdesk with a ratings:write key, and read the events stored.</summary>
public abstract class WriteRatingTestFixture : ModerationTestFixture
{
    protected Task<HttpResponseMessage> PutAsync(string invitationId, object body, HttpClient? client = null) =>
        WriteRatingCalls.PutAsync(client ?? Writer, invitationId, body);

    protected Task<RecordRatingResponse> WriteAsync(string invitationId, object body) =>
        WriteRatingCalls.WriteAsync(Writer, invitationId, body);

    /// <summary>Every rating event, oldest first, as "value from source, applied or held", then if suspect.</summary>
    protected async Task<List<string>> RatingEventsAsync()
    {
        const string select = """
            SELECT rating || ' from ' || source
                   || CASE WHEN applied = 1 THEN ', applied' ELSE ', held' END
                   || CASE WHEN suspect = 1 THEN ', suspect' ELSE '' END
            FROM rating_events
            ORDER BY id
            """;

        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        return [.. await connection.QueryAsync<string>(select)];
    }
}
