using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Ratings.List;
using HappinessApi.Features.Reports.GetAgents;
using HappinessApi.Features.Reports.GetReasons;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Features.Reports.GetTeams;
using HappinessApi.Features.Reports.GetTrend;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reports;

public sealed class ReportOwnerFilterTests : ReportTestFixture
{
    [Test]
    public async Task ListsOnlyTheTeamsAgents_WhenAgentsReportIsAskedForATeam()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation("ann", "Ann", "support", CustomerId: "c1"), "great", "ok");
        await RateManyAsync(new ReportInvitation("ann", "Ann", "billing", CustomerId: "c2"), "not_good");
        await RateManyAsync(new ReportInvitation("bob", "Bob", "billing"), "great");

        var report = await GetAsync<GetReportAgentsResponse>(
            GetReportAgentsEndpoint.Route, "from=2026-03-01&to=2026-03-31&team=support");

        var ann = report.Agents.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ann.Agent.Id, Is.EqualTo("ann"));
            Assert.That(ann.Figures.Counts, Is.EqualTo(new ReportCounts(1, 1, 0, 2)));
            Assert.That(ann.Figures.ResponseRate, Is.EqualTo(100m));
            Assert.That(ann.Figures.CustomerResponseRate, Is.EqualTo(100m));
        }
    }

    [Test]
    public async Task ListsOnlyTheAgentsTeams_WhenTeamsReportIsAskedForAnAgent()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation("ann", "Ann", "support"), "great", "ok");
        await RateManyAsync(new ReportInvitation("ann", "Ann", "billing"), "not_good");
        await RateManyAsync(new ReportInvitation("bob", "Bob", "sales"), "great");

        var report = await GetAsync<GetReportTeamsResponse>(
            GetReportTeamsEndpoint.Route, "from=2026-03-01&to=2026-03-31&agent=ann");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Teams.Select(item => item.Team), Is.EqualTo(new[] { "billing", "support" }));
            Assert.That(report.Teams[0].Figures.Counts, Is.EqualTo(new ReportCounts(0, 0, 1, 1)));
            Assert.That(report.Teams[1].Figures.Counts, Is.EqualTo(new ReportCounts(1, 1, 0, 2)));
        }
    }

    [TestCase(GetReportSummaryEndpoint.Route, "team=", "team", "invalid_team")]
    [TestCase(GetReportSummaryEndpoint.Route, "agent=%07", "agent", "invalid_agent")]
    [TestCase(GetReportTrendEndpoint.Route, "team=%00", "team", "invalid_team")]
    [TestCase(GetReportReasonsEndpoint.Route, "agent=", "agent", "invalid_agent")]
    [TestCase(GetReportAgentsEndpoint.Route, "team=", "team", "invalid_team")]
    [TestCase(GetReportTeamsEndpoint.Route, "agent=", "agent", "invalid_agent")]
    [TestCase(ListRatingsEndpoint.Route, "team=", "team", "invalid_team")]
    [TestCase(ListRatingsEndpoint.Route, "agent=", "agent", "invalid_agent")]
    [TestCase(GetReportEndpoint.Route, "team=%0A", "team", "invalid_team")]
    public async Task RefusesNamingTheParameter_WhenNoInvitationCouldHaveTheTeamOrAgent(
        string route, string query, string name, string code)
    {
        using var admin = Factory.CreateApiClient(HappinessApiFactory.AdminKey);

        var response = await admin.GetAsync($"{route}?{query}");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Errors!.Select(error => (error.Name, error.Code)), Does.Contain((name, code)));
        }
    }

    [Test]
    public async Task RefusesAnInvitation_WhenItsTeamIsEmpty()
    {
        var body = new
        {
            ticketId = "T-empty-team",
            agent = new { id = "ann", name = "Ann" },
            team = "",
        };

        var response = await Helpdesk.PostAsJsonAsync("/api/v1/invitations", body, ApiCalls.Json);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Errors!.Select(error => error.Name), Does.Contain("team"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(StoredCounts.Empty));
        }
    }
}
