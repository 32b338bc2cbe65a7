using Dapper;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Tests.Features.Reports.Aggregates;

/// <summary>
/// The report sums must walk the buckets asked for and seek each in the primary key: a plan that scans the
/// aggregate rows and looks through the buckets for each one costs seconds at a year of days.
/// </summary>
public sealed class SlotSumsPlanTests : ApiTestFixture
{
    private static readonly long Day = 24 * 3_600_000L;

    [TestCase(ReportGrouping.None, null, null)]
    [TestCase(ReportGrouping.None, "support", null)]
    [TestCase(ReportGrouping.None, null, "ann")]
    [TestCase(ReportGrouping.Agent, null, null)]
    [TestCase(ReportGrouping.Team, null, null)]
    [TestCase(ReportGrouping.Agent, "support", null)]
    public async Task SeeksEachBucketInThePrimaryKey_WhenAYearOfDaysIsSummed(
        ReportGrouping grouping, string? team, string? agent)
    {
        var start = 20_000 * Day;
        var buckets = Enumerable.Range(0, 365).Select(day => (start + (day * Day), start + ((day + 1) * Day))).ToList();
        var filter = AggregateFilter.Of(new ReportFilter(buckets[0].Item1, buckets[^1].Item2, team, agent), grouping);

        var plan = await PlanAsync(SlotSums.SqlOf(filter), SlotSums.ParametersOf(filter, buckets));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan[0], Does.StartWith("SCAN json_each"), string.Join(" / ", plan));
            Assert.That(plan[1], Does.StartWith("SEARCH s USING PRIMARY KEY (scope=? AND minutes=?"));
        }
    }

    private async Task<IReadOnlyList<string>> PlanAsync(string sql, object parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN " + sql, parameters);

        return rows.Select(row => row.Detail).ToList();
    }
}
