using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.GetSummary;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportSummaryPeriodTests : ReportTestFixture
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [Test]
    public async Task ComparesWithPeriodBefore_WhenBothHaveRatings()
    {
        At("2026-02-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation(), "great", "not_good");
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation(), "great", "great", "ok", "ok");

        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.PreviousWindow.From, Is.EqualTo(new DateOnly(2026, 1, 29)));
            Assert.That(summary.PreviousWindow.To, Is.EqualTo(new DateOnly(2026, 2, 28)));
            Assert.That(summary.Previous.Counts, Is.EqualTo(new ReportCounts(1, 0, 1, 2)));
            Assert.That(summary.Change, Is.EqualTo(new ReportChange(0m, 50m, 0m)));
        }
    }

    [Test]
    public async Task CountsInvitationsByCreationAndRatingsByRatingTime_WhenRatedInALaterPeriod()
    {
        At("2026-02-27T09:00:00Z");
        var early = await InviteAsync(new ReportInvitation());
        await InviteAsync(new ReportInvitation());
        At("2026-03-02T09:00:00Z");
        await RateAsync(early.Token, "great");
        await InviteAsync(new ReportInvitation());

        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Current.Counts.Total, Is.EqualTo(1));
            Assert.That(summary.Current.ResponseRate, Is.EqualTo(100m));
            Assert.That(summary.Previous.Counts.Total, Is.Zero);
            Assert.That(summary.Previous.ResponseRate, Is.EqualTo(0m));
        }
    }

    [Test]
    public async Task CountsOnlyTheTeamAndAgent_WhenFiltered()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation("ann", "Ann", "support"), "great", "great");
        await RateManyAsync(new ReportInvitation("bob", "Bob", "support"), "ok");
        await RateManyAsync(new ReportInvitation("cy", "Cy", "billing"), "not_good");

        var team = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, $"{March}&team=support");
        var agent = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, $"{March}&agent=bob");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(team.Current.Counts, Is.EqualTo(new ReportCounts(2, 1, 0, 3)));
            Assert.That(agent.Current.Counts, Is.EqualTo(new ReportCounts(0, 1, 0, 1)));
        }
    }

    [Test]
    public async Task CoversLast30LocalDays_WhenNoDatesAreGiven()
    {
        At("2026-03-31T22:30:00Z");

        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, "tz=Europe/Paris");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Window.From, Is.EqualTo(new DateOnly(2026, 3, 3)));
            Assert.That(summary.Window.To, Is.EqualTo(new DateOnly(2026, 4, 1)));
            Assert.That(summary.Window.Tz, Is.EqualTo("Europe/Paris"));
            Assert.That(summary.Window.Start, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 23, 0, 0, TimeSpan.Zero)));
            Assert.That(summary.Window.End, Is.EqualTo(new DateTimeOffset(2026, 4, 1, 22, 0, 0, TimeSpan.Zero)));
        }
    }
}
