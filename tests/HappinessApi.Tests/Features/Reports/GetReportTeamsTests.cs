using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.GetTeams;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportTeamsTests : ReportTestFixture
{
    [Test]
    public async Task GroupsByTeamWithNoTeamLast_WhenSomeInvitationsHaveNoTeam()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation("ann", "Ann", "support"), "great", "ok");
        await RateManyAsync(new ReportInvitation("bob", "Bob", "support"), "not_good");
        await RateManyAsync(new ReportInvitation("cy", "Cy", "billing"), "great");
        await RateManyAsync(new ReportInvitation("dee", "Dee", Team: null), "ok");
        await InviteAsync(new ReportInvitation("dee", "Dee", Team: null));

        var report = await GetAsync<GetReportTeamsResponse>(
            GetReportTeamsEndpoint.Route, "from=2026-03-01&to=2026-03-31");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Teams.Select(item => item.Team), Is.EqualTo(new[] { "billing", "support", null }));
            Assert.That(report.Teams[1].Figures.Counts, Is.EqualTo(new ReportCounts(1, 1, 1, 3)));
            Assert.That(report.Teams[2].Figures.ResponseRate, Is.EqualTo(50m));
        }
    }
}
