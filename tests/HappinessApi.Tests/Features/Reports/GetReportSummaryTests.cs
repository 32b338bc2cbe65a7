using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.GetSummary;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportSummaryTests : ReportTestFixture
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [Test]
    public async Task ReportsHandComputedFigures_WhenFiveGreatThreeOkTwoNotGood()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(
            new ReportInvitation(), [.. Repeat("great", 5), .. Repeat("ok", 3), .. Repeat("not_good", 2)]);

        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, March);

        var current = summary.Current;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(current.Counts, Is.EqualTo(new ReportCounts(5, 3, 2, 10)));
            Assert.That(current.Percentages, Is.EqualTo(new ReportPercentages(50, 30, 20)));
            Assert.That(current.Satisfaction, Is.EqualTo(50m));
            Assert.That(current.HappinessScore, Is.EqualTo(30m));
            Assert.That(current.SatisfactionInterval!.Low, Is.EqualTo(23.7m));
            Assert.That(current.SatisfactionInterval.High, Is.EqualTo(76.3m));
            Assert.That(current.LowSample, Is.False);
            Assert.That(current.ResponseRate, Is.EqualTo(100m));
        }
    }

    [Test]
    public async Task PercentagesAddUpTo100_WhenOneOfEach()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation(), "great", "ok", "not_good");

        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Current.Percentages, Is.EqualTo(new ReportPercentages(34, 33, 33)));
            Assert.That(summary.Current.LowSample, Is.True);
        }
    }

    [Test]
    public async Task HappinessScoreIsMinus100_WhenAllNotGood()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation(), "not_good", "not_good");

        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, March);

        Assert.That(summary.Current.HappinessScore, Is.EqualTo(-100m));
    }

    [Test]
    public async Task ReportsNullsAndLowSample_WhenThereAreNoRatings()
    {
        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, March);

        var current = summary.Current;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(current.Counts.Total, Is.Zero);
            Assert.That(current.Percentages, Is.EqualTo(new ReportPercentages(null, null, null)));
            Assert.That(current.Satisfaction, Is.Null);
            Assert.That(current.HappinessScore, Is.Null);
            Assert.That(current.SatisfactionInterval, Is.Null);
            Assert.That(current.LowSample, Is.True);
            Assert.That(current.ResponseRate, Is.Null);
            Assert.That(summary.Change, Is.EqualTo(new ReportChange(null, null, null)));
        }
    }

    [Test]
    public async Task LeavesSuspectRatingsOut_WhenTwoValuesCameWithinSeconds()
    {
        At("2026-03-10T09:00:00Z");
        var invitation = await InviteAsync(new ReportInvitation());
        await RateAsync(invitation.Token, "great");
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        await RateAsync(invitation.Token, "not_good");

        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Current.Counts.Total, Is.Zero);
            Assert.That(summary.Current.ResponseRate, Is.EqualTo(0m));
        }
    }

    [Test]
    public async Task CountsDistinctCustomers_WhenCustomersWereInvitedMoreThanOnce()
    {
        At("2026-03-10T09:00:00Z");
        var first = await InviteAsync(new ReportInvitation(CustomerId: "c-1"));
        var again = await InviteAsync(new ReportInvitation(CustomerId: "c-1"));
        await InviteAsync(new ReportInvitation(CustomerId: "c-2"));
        await InviteAsync(new ReportInvitation(CustomerId: null));
        await RateAsync(first.Token, "great");
        await RateAsync(again.Token, "ok");

        var summary = await GetAsync<GetReportSummaryResponse>(GetReportSummaryEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary.Current.ResponseRate, Is.EqualTo(50m));
            Assert.That(summary.Current.CustomerResponseRate, Is.EqualTo(50m));
        }
    }
}
