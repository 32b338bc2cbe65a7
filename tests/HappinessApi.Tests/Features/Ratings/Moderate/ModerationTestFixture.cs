using System.Net.Http.Json;
using Dapper;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.Moderate;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Tests.Features.Ratings.Listing;
using HappinessApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Tests.Features.Ratings.Moderate;

/// <summary>Helpers that make suspect ratings, moderate them, and read what the reports and the database say.</summary>
public abstract class ModerationTestFixture : RatingsTestFixture
{
    protected static string RouteOf(string id) => ModerateRatingEndpoint.Route.Replace("{id}", id);

    /// <summary>A customer's great, then not good a second later: a burst that leaves a suspect not good.</summary>
    protected async Task<string> SuspectAsync(string? comment = null)
    {
        var invitation = await InviteAsync();
        await RateAsync(invitation.Token, "great");
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        await RateAsync(invitation.Token, "not_good", comment);

        return invitation.Id;
    }

    protected Task<HttpResponseMessage> PatchAsync(string id, object body, HttpClient? client = null) =>
        (client ?? Moderator).PatchAsJsonAsync(RouteOf(id), body, ApiCalls.Json);

    protected async Task<RatingResponse> ModerateAsync(string id, object body)
    {
        var response = await PatchAsync(id, body);
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<RatingResponse>(ApiCalls.Json))!;
    }

    protected async Task<ReportCounts> CountsAsync()
    {
        var summary = await Helpdesk.GetFromJsonAsync<GetReportSummaryResponse>(
            $"{GetReportSummaryEndpoint.Route}?from=2026-05-01&to=2026-05-31", ApiCalls.Json);

        return summary!.Current.Counts;
    }

    protected async Task<List<string>> EventsAsync()
    {
        const string select = """
            SELECT action || ' by ' || moderator || ' at ' || occurred_at FROM rating_moderations ORDER BY id
            """;

        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        return [.. await connection.QueryAsync<string>(select)];
    }
}
