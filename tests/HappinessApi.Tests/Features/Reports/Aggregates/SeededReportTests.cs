using System.Net.Http.Json;
using Dapper;
using HappinessApi.Features.Reports.GetAgents;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Features.Seeding;
using HappinessApi.Tests.Features.Seeding;
using HappinessApi.Tests.Features.Tokens;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reports.Aggregates;

/// <summary>
/// Reports over a seeded database large enough that customers are estimated, checked against counts made
/// directly on the seeded rows. The Paris period starts and ends away from UTC midnight.
/// </summary>
public sealed class SeededReportTests
{
    private const string Query = "from=2026-03-20&to=2026-05-30&tz=Europe/Paris";

    // Paris midnights of 20 March (UTC+1) and 31 May (UTC+2).
    private static readonly (long Start, long End) Period = (
        DateTimeOffset.Parse("2026-03-19T23:00:00Z", null).ToUnixTimeMilliseconds(),
        DateTimeOffset.Parse("2026-05-30T22:00:00Z", null).ToUnixTimeMilliseconds());

    private readonly SampleDatabase _database = new();

    private HappinessApiFactory _factory = null!;

    private HttpClient _reports = null!;

    [OneTimeSetUp]
    public async Task SeedAndStart()
    {
        await _database.SeedAsync(new SeedArguments(90, 40_000, 7));
        _factory = new HappinessApiFactory(_database.DirectoryPath, TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live));
        _reports = _factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _reports.Dispose();
        _factory.Dispose();
        _database.Dispose();
    }

    [Test]
    public async Task CountsExactlyAndEstimatesCustomersWithinTwoPoints_WhenSummaryIsLarge()
    {
        var expected = await CountRowsAsync("1 = 1");

        var summary = await _reports.GetFromJsonAsync<GetReportSummaryResponse>(
            $"{GetReportSummaryEndpoint.Route}?{Query}", ApiCalls.Json);

        var current = summary!.Current;
        Assert.That(expected.Ratings, Is.GreaterThan(20_000));
        Assert.That(current.Counts.Total, Is.EqualTo(expected.Ratings));
        Assert.That(current.Counts.Great, Is.EqualTo(expected.Great));
        Assert.That(current.ResponseRate, Is.EqualTo(Rate(expected.Ratings, expected.Invitations)));
        Assert.That(
            (double)current.CustomerResponseRate!.Value,
            Is.EqualTo((double)Rate(expected.RatedCustomers, expected.InvitedCustomers)).Within(2.0));
    }

    [Test]
    public async Task CountsEachAgentExactly_WhenAgentsReportIsLarge()
    {
        var report = await _reports.GetFromJsonAsync<GetReportAgentsResponse>(
            $"{GetReportAgentsEndpoint.Route}?{Query}", ApiCalls.Json);

        Assert.That(report!.Agents, Has.Count.EqualTo(SamplePeople.Agents.Count));
        foreach (var agent in report.Agents)
        {
            var expected = await CountRowsAsync("i.agent_id = @agent", agent.Agent.Id);
            Assert.That(
                (agent.Figures.Counts.Total, agent.Figures.ResponseRate),
                Is.EqualTo((expected.Ratings, Rate(expected.Ratings, expected.Invitations))),
                agent.Agent.Id);
        }
    }

    private static decimal Rate(long part, long whole) =>
        Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    private async Task<RowCounts> CountRowsAsync(string condition, string? agent = null)
    {
        var select = $"""
            SELECT (SELECT COUNT(*) FROM ratings r JOIN invitations i ON i.id = r.invitation_id
                    WHERE r.rated_at >= @Start AND r.rated_at < @End AND {condition}) AS Ratings,
                   (SELECT COUNT(*) FROM ratings r JOIN invitations i ON i.id = r.invitation_id
                    WHERE r.rating = 'great' AND r.rated_at >= @Start AND r.rated_at < @End AND {condition}) AS Great,
                   (SELECT COUNT(*) FROM invitations i
                    WHERE i.created_at >= @Start AND i.created_at < @End AND {condition}) AS Invitations,
                   (SELECT COUNT(DISTINCT i.customer_id) FROM ratings r JOIN invitations i ON i.id = r.invitation_id
                    WHERE r.rated_at >= @Start AND r.rated_at < @End AND {condition}) AS RatedCustomers,
                   (SELECT COUNT(DISTINCT i.customer_id) FROM invitations i
                    WHERE i.created_at >= @Start AND i.created_at < @End AND {condition}) AS InvitedCustomers
            """;

        await using var connection = _database.Open();
        return await connection.QuerySingleAsync<RowCounts>(select, new { Period.Start, Period.End, agent });
    }

    private sealed record RowCounts(
        long Ratings, long Great, long Invitations, long RatedCustomers, long InvitedCustomers);
}
