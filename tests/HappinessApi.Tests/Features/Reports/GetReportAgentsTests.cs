using HappinessApi.Features.Reports.GetAgents;
using HappinessApi.Features.Reports.GetReport;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportAgentsTests : ReportTestFixture
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [Test]
    public async Task CreditsTheAgentOnTheInvitation_WhenTicketWasReassignedAfterSending()
    {
        At("2026-03-10T09:00:00Z");
        var sent = await InviteAsync(new ReportInvitation("ann", "Ann", TicketId: "T-7"));
        await InviteAsync(new ReportInvitation("bob", "Bob", TicketId: "T-7", ReplyId: "r2"));
        await RateAsync(sent.Token, "great");

        var report = await GetAsync<GetReportAgentsResponse>(GetReportAgentsEndpoint.Route, March);

        var ann = report.Agents.Single(item => item.Agent.Id == "ann");
        var bob = report.Agents.Single(item => item.Agent.Id == "bob");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ann.Figures.Counts, Is.EqualTo(new ReportCounts(1, 0, 0, 1)));
            Assert.That(bob.Figures.Counts.Total, Is.Zero);
        }
    }

    [Test]
    public async Task DividesEachAgentsRatingsByTheirOwnInvitations_WhenResponseRatesDiffer()
    {
        At("2026-03-10T09:00:00Z");
        var annRated = await InviteAsync(new ReportInvitation("ann", "Ann"));
        await InviteAsync(new ReportInvitation("ann", "Ann"));
        await InviteAsync(new ReportInvitation("ann", "Ann"));
        await InviteAsync(new ReportInvitation("ann", "Ann"));
        await RateAsync(annRated.Token, "ok");
        await RateManyAsync(new ReportInvitation("bob", "Bob"), "great", "not_good");

        var report = await GetAsync<GetReportAgentsResponse>(GetReportAgentsEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Agents.Select(item => item.Agent.Name), Is.EqualTo(new[] { "Ann", "Bob" }));
            Assert.That(report.Agents[0].Figures.ResponseRate, Is.EqualTo(25m));
            Assert.That(report.Agents[1].Figures.ResponseRate, Is.EqualTo(100m));
            Assert.That(report.Agents[1].Figures.Percentages, Is.EqualTo(new ReportPercentages(50, 0, 50)));
        }
    }

    [Test]
    public async Task ShowsNewestName_WhenAgentWasRenamed()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation("ann", "Ann"), "great");
        At("2026-03-11T09:00:00Z");
        await RateManyAsync(new ReportInvitation("ann", "Ann Smith"), "great");

        var report = await GetAsync<GetReportAgentsResponse>(GetReportAgentsEndpoint.Route, March);

        Assert.That(report.Agents.Single().Agent, Is.EqualTo(new ReportedAgent("ann", "Ann Smith")));
    }
}
