using System.Net.Http.Json;
using Dapper;
using HappinessApi.Features.Ratings.List;
using HappinessApi.Features.Ratings.Moderate;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HappinessApi.Tests.Features.Reports.Aggregates;

/// <summary>
/// The aggregates kept up to date rating by rating must equal those computed afresh from the stored rows, whatever
/// happened: changes across days, scanner bursts that leave suspect ratings, some invitations with no team, moderators'
/// verdicts on suspect ratings and the votes that come after them.
/// </summary>
public sealed class AggregateConsistencyTests : ReportTestFixture
{
    private static readonly string?[] Teams = ["billing", "technical", null];

    private static readonly string[] Ratings = ["great", "ok", "not_good"];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task EqualsAFreshCount_AfterRandomRatingsChangesAndBursts(int seed)
    {
        var random = new Random(seed);
        At("2026-05-01T22:00:00Z");
        var tokens = await InviteSomeAsync(random, 30);

        await RateRandomlyAsync(random, tokens, 120);

        var incremental = await SnapshotAsync();
        Factory.Services.GetRequiredService<AggregateRebuilder>().Rebuild();

        Assert.That(await SnapshotAsync(), Is.EqualTo(incremental));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM rating_events WHERE suspect = 1"), Is.Positive);
        Assert.That(
            await CountAsync("SELECT COUNT(*) FROM ratings WHERE first_rated_at / 86400000 <> rated_at / 86400000"),
            Is.Positive);
    }

    [TestCase(4)]
    [TestCase(5)]
    public async Task EqualsAFreshCount_AfterVerdictsOnSuspectRatingsAndLaterVotes(int seed)
    {
        var random = new Random(seed);
        At("2026-05-01T22:00:00Z");
        var tokens = await InviteSomeAsync(random, 30);

        await RateRandomlyAsync(random, tokens, 80, burstOdds: 2);
        var judged = await JudgeSuspectsAsync(random);
        await RateRandomlyAsync(random, tokens, 80, burstOdds: 2);
        judged += await JudgeSuspectsAsync(random);

        var incremental = await SnapshotAsync();
        Factory.Services.GetRequiredService<AggregateRebuilder>().Rebuild();

        Assert.That(await SnapshotAsync(), Is.EqualTo(incremental));
        Assert.That(judged, Is.GreaterThan(10));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM ratings WHERE verdict = 'void'"), Is.Positive);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM ratings WHERE verdict = 'genuine'"), Is.Positive);
    }

    private async Task RateRandomlyAsync(Random random, List<string> tokens, int steps, int burstOdds = 8)
    {
        for (var step = 0; step < steps; step++)
        {
            Factory.Time.Advance(TimeSpan.FromMinutes(random.Next(0, 6 * 60)));
            var token = tokens[random.Next(tokens.Count)];
            await PostAsync(token, Ratings[random.Next(3)]);
            if (random.Next(burstOdds) == 0)
            {
                Factory.Time.Advance(TimeSpan.FromMilliseconds(300));
                await PostAsync(token, Ratings[random.Next(3)]);
            }
        }
    }

    /// <summary>Judges every suspect rating genuine or void at random, hiding some comments on the way.</summary>
    private async Task<int> JudgeSuspectsAsync(Random random)
    {
        var suspects = await Helpdesk.GetFromJsonAsync<ListRatingsResponse>(
            $"{ListRatingsEndpoint.Route}?suspect=true&limit=500", ApiCalls.Json);
        foreach (var rating in suspects!.Items)
        {
            var body = new { verdict = random.Next(2) == 0 ? "genuine" : "void", commentHidden = random.Next(2) == 0 };
            var route = ModerateRatingEndpoint.Route.Replace("{id}", rating.Id, StringComparison.Ordinal);
            (await Helpdesk.PatchAsJsonAsync(route, body, ApiCalls.Json)).EnsureSuccessStatusCode();
        }

        return suspects.Items.Count;
    }

    private async Task<List<string>> InviteSomeAsync(Random random, int count)
    {
        var tokens = new List<string>();
        for (var index = 0; index < count; index++)
        {
            Factory.Time.Advance(TimeSpan.FromMinutes(random.Next(0, 90)));
            var customer = random.Next(7) is var number && number == 6 ? null : $"c-{number}";
            var team = Teams[random.Next(Teams.Length)];
            var invitation = new ReportInvitation($"agent-{random.Next(3)}", "Agent", team, customer);
            tokens.Add((await InviteAsync(invitation)).Token);
        }

        return tokens;
    }

    private async Task PostAsync(string token, string rating)
    {
        var body = new { token, rating };

        var response = await Anonymous.PostAsJsonAsync(RecordRatingEndpoint.Route, body, ApiCalls.Json);

        Assert.That((int)response.StatusCode, Is.InRange(200, 299));
    }

    private async Task<List<string>> SnapshotAsync()
    {
        const string select = """
            SELECT scope || '|' || minutes || '|' || agent_id || '|' || team_key || '|' || slot || '|' ||
                   great || '|' || ok || '|' || not_good || '|' || invitations
            FROM report_slots WHERE great + ok + not_good + invitations > 0
            UNION ALL
            SELECT kind || '|' || scope || '|' || agent_id || '|' || team_key || '|' || minutes || '|' ||
                   bucket || '|' || hex(registers)
            FROM customer_sketches
            UNION ALL
            SELECT agent_id || '|' || agent_name || '|' || named_at FROM report_agents
            ORDER BY 1
            """;

        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        return [.. await connection.QueryAsync<string>(select)];
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
