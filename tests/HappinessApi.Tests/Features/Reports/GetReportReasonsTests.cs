using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reports.GetReasons;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportReasonsTests : ReportTestFixture
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    [Test]
    public async Task SplitsUnhappyRatingsBetweenFamilies_WhenReasonsWereGiven()
    {
        At("2026-03-10T09:00:00Z");
        await RateWithReasonsAsync("not_good", "slow_response", "policy");
        await RateWithReasonsAsync("not_good", "slow_response", "agent_attitude");
        await RateWithReasonsAsync("ok", "not_resolved");
        await RateWithReasonsAsync("ok");
        await RateWithReasonsAsync("great");

        var report = await GetAsync<GetReportReasonsResponse>(GetReportReasonsEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Unhappy, Is.EqualTo(new ReportUnhappySplit(4, 2, 2, 1, 1)));
            Assert.That(report.SupportShare, Is.EqualTo(66.7m));
            Assert.That(report.OutcomeShare, Is.EqualTo(66.7m));
            Assert.That(report.Families, Is.EqualTo(new[]
            {
                new ReportFamilyCount(ReasonFamily.Support, 3, 2),
                new ReportFamilyCount(ReasonFamily.Outcome, 2, 2),
            }));
        }
    }

    [Test]
    public async Task ListsEveryCatalogReasonWithLabel_WhenSomeWereNeverGiven()
    {
        At("2026-03-10T09:00:00Z");
        await RateWithReasonsAsync("not_good", "policy");
        await RateWithReasonsAsync("ok", "policy");

        var report = await GetAsync<GetReportReasonsResponse>(GetReportReasonsEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Reasons, Has.Count.EqualTo(DefaultReasons.All.Count));
            Assert.That(
                report.Reasons.Single(reason => reason.Code == "policy"),
                Is.EqualTo(new ReportReasonCount("policy", ReasonFamily.Outcome, "I disagree with the policy", 2)));
            Assert.That(report.Reasons.Single(reason => reason.Code == "slow_response").Ratings, Is.Zero);
        }
    }

    [Test]
    public async Task LeavesOutSuspectAndOtherAgentsRatings_WhenFilteredByAgent()
    {
        At("2026-03-10T09:00:00Z");
        await RateWithReasonsAsync("not_good", "policy");
        var invitation = await InviteAsync(new ReportInvitation());
        await RateAsync(invitation.Token, "great");
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        await RateAsync(invitation.Token, "not_good", "slow_response");
        await RateWithReasonsAsync("not_good", new ReportInvitation("bob", "Bob"), "agent_attitude");

        var report = await GetAsync<GetReportReasonsResponse>(GetReportReasonsEndpoint.Route, $"{March}&agent=ann");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Unhappy, Is.EqualTo(new ReportUnhappySplit(1, 0, 1, 0, 0)));
            Assert.That(report.SupportShare, Is.EqualTo(0m));
            Assert.That(report.OutcomeShare, Is.EqualTo(100m));
        }
    }

    [Test]
    public async Task ReportsZerosAndNullShares_WhenThereAreNoUnhappyRatings()
    {
        var report = await GetAsync<GetReportReasonsResponse>(GetReportReasonsEndpoint.Route, March);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Unhappy, Is.EqualTo(new ReportUnhappySplit(0, 0, 0, 0, 0)));
            Assert.That(report.SupportShare, Is.Null);
            Assert.That(report.OutcomeShare, Is.Null);
        }
    }

    private Task RateWithReasonsAsync(string rating, params string[] reasons) =>
        RateWithReasonsAsync(rating, new ReportInvitation(), reasons);

    private async Task RateWithReasonsAsync(string rating, ReportInvitation invitation, params string[] reasons)
    {
        var created = await InviteAsync(invitation);
        await RateAsync(created.Token, rating, reasons);
    }
}
