using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportWindowTests : ReportTestFixture
{
    [Test]
    public async Task CountsEveryRatingInWindow_WhenMoreThanLastAreListed()
    {
        At("2026-03-02T08:07:00Z");
        await RateManyAsync(new ReportInvitation(), "great", "great", "ok");
        At("2026-03-03T12:00:00Z");
        await RateManyAsync(new ReportInvitation(), "not_good", "great");
        At("2026-03-05T10:00:00Z");

        var report = await GetReportAsync("since=2026-03-01T00:00:00Z&until=2026-03-04T00:00:00Z&last=2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Counts, Is.EqualTo(new ReportCounts(3, 1, 1, 5)));
            Assert.That(report.Percentages, Is.EqualTo(new ReportPercentages(60, 20, 20)));
            Assert.That(report.Ratings, Has.Count.EqualTo(2));
            Assert.That(report.Ratings.Select(rating => rating.RatedAt.UtcDateTime.Day), Is.All.EqualTo(3));
            Assert.That(report.Window.Since, Is.EqualTo(DateTimeOffset.Parse("2026-03-01T00:00:00Z", null)));
            Assert.That(report.Window.Until, Is.EqualTo(DateTimeOffset.Parse("2026-03-04T00:00:00Z", null)));
        }
    }

    [Test]
    public async Task CountsExactlyTheRatingsBetweenSinceAndUntil_WhenBoundsFallInsideQuarterHours()
    {
        foreach (var (instant, rating) in new[]
        {
            ("2026-03-02T08:06:59Z", "not_good"), ("2026-03-02T08:07:00Z", "great"), ("2026-03-02T08:20:00Z", "ok"),
            ("2026-03-02T11:59:59Z", "great"), ("2026-03-02T12:03:00Z", "not_good"),
        })
        {
            At(instant);
            await RateManyAsync(new ReportInvitation(), rating);
        }

        var report = await GetReportAsync("since=2026-03-02T08:07:00Z&until=2026-03-02T12:03:00Z");

        Assert.That(report.Counts, Is.EqualTo(new ReportCounts(2, 1, 0, 3)));
    }

    [Test]
    public async Task CountsOnlyTheTeam_WhenTeamIsGiven()
    {
        At("2026-03-02T08:00:00Z");
        await RateManyAsync(new ReportInvitation(Team: "billing"), "not_good", "ok");
        await RateManyAsync(new ReportInvitation(Team: "support", AgentName: "Sue"), "great");

        var last = await GetReportAsync("team=billing");
        var window = await GetReportAsync("team=support&since=2026-03-01");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(last.Counts, Is.EqualTo(new ReportCounts(0, 1, 1, 2)));
            Assert.That(window.Counts, Is.EqualTo(new ReportCounts(1, 0, 0, 1)));
            Assert.That(window.Ratings.Single().Agent.Name, Is.EqualTo("Sue"));
        }
    }

    [Test]
    public async Task LeavesSuspectRatingsOut_WhenWindowIsGiven()
    {
        At("2026-03-02T08:00:00Z");
        var invitation = await InviteAsync(new ReportInvitation());
        await RateAsync(invitation.Token, "great");
        await RateAsync(invitation.Token, "not_good");

        var report = await GetReportAsync("since=2026-03-02");

        Assert.That(report.Counts, Is.EqualTo(new ReportCounts(0, 0, 0, 0)));
    }

    [TestCase("since=yesterday", "since", "invalid_date")]
    [TestCase("until=2026-13-01", "until", "invalid_date")]
    [TestCase("since=2026-03-02&until=2026-03-01", "since", "since_after_until")]
    [TestCase("since=2026-03-02T10:00:00Z&until=2026-03-02T10:00:00Z", "since", "since_after_until")]
    [TestCase("team=", "team", "invalid_team")]
    [TestCase("team=%01x", "team", "invalid_team")]
    public async Task RefusesNamingTheParameter_WhenWindowOrTeamIsInvalid(string query, string name, string code)
    {
        var response = await Anonymous.GetAsync($"{GetReportEndpoint.Route}?{query}");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Errors!.Select(error => (error.Name, error.Code)), Does.Contain((name, code)));
        }
    }

    private async Task<GetReportResponse> GetReportAsync(string query)
    {
        var response = await Anonymous.GetAsync($"{GetReportEndpoint.Route}?{query}");
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<GetReportResponse>(ApiCalls.Json))!;
    }
}
