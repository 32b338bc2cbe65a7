using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class ScannerSuspicionTests : ApiTestFixture
{
    [Test]
    public async Task CountsNothing_WhenAFormComesBackWithoutAValidStamp()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1004");
        Factory.Time.Advance(TimeSpan.FromSeconds(5));

        await LandingCalls.SubmitAsync(Anonymous, invitation.Token, "great", stamp: "1780000000000.forged");

        var report = await ApiCalls.GetReportAsync(Anonymous);
        Assert.That(report.Counts.Total, Is.Zero);
    }

    [Test]
    public async Task MarksSuspectUntilConfirmed_WhenApiGetsTwoValuesWithinTheBurstWindow()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1005");
        await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.Great);
        Factory.Time.Advance(TimeSpan.FromSeconds(4));
        await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.NotGood);
        var duringBurst = await ApiCalls.GetReportAsync(Anonymous);
        Factory.Time.Advance(TimeSpan.FromMinutes(1));

        await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.NotGood, "Really not good");

        var confirmed = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(duringBurst.Counts.Total, Is.Zero);
            Assert.That(confirmed.Counts.NotGood, Is.EqualTo(1));
        }
    }
}
