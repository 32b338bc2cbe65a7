using System.Net;
using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Landing;

public sealed class ScannerResistanceTests : ApiTestFixture
{
    private static readonly RatingValue[] Faces = [RatingValue.Great, RatingValue.Ok, RatingValue.NotGood];

    private HttpClient _browser = null!;

    [OneTimeSetUp]
    public void CreateBrowser() =>
        _browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = Anonymous.BaseAddress,
        };

    [OneTimeTearDown]
    public void DisposeBrowser() => _browser.Dispose();

    [Test]
    public async Task CountsNothing_WhenScannerOpensAllLinksAndPostsAllFormsWithinTwoSeconds()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1000");
        var stamps = new List<string>();
        foreach (var face in Faces)
        {
            stamps.Add(await LandingCalls.OpenFormAsync(_browser, invitation.Token, face));
        }

        foreach (var (face, stamp) in Faces.Zip(stamps))
        {
            Factory.Time.Advance(TimeSpan.FromMilliseconds(600));
            var response = await LandingCalls.SubmitAsync(
                _browser, invitation.Token, RatingValues.ToWire(face), stamp: stamp);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        }

        var report = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Counts.Total, Is.Zero);
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 3)));
        }
    }

    [Test]
    public async Task CountsTheVote_WhenCustomerOpensOneLinkAndPostsAfterThreeSeconds()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1001");
        var stamp = await LandingCalls.OpenFormAsync(_browser, invitation.Token, RatingValue.Ok);
        Factory.Time.Advance(TimeSpan.FromSeconds(3));

        await LandingCalls.SubmitAsync(
            _browser, invitation.Token, "ok", "Fine", stamp: stamp, reasons: ["slow_response"]);

        var report = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Counts.Ok, Is.EqualTo(1));
            Assert.That(report.Counts.Total, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task KeepsCustomersVote_WhenScannerPostsAnotherValueThirtySecondsLater()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1002");
        await RateAsCustomerAsync(invitation.Token, RatingValue.Great);
        Factory.Time.Advance(TimeSpan.FromSeconds(30));

        var scannerStamp = await LandingCalls.OpenFormAsync(_browser, invitation.Token, RatingValue.NotGood);
        Factory.Time.Advance(TimeSpan.FromMilliseconds(300));
        var answer = await LandingCalls.SubmitAsync(_browser, invitation.Token, "not_good", stamp: scannerStamp);

        var report = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
            Assert.That(report.Counts.Great, Is.EqualTo(1));
            Assert.That(report.Counts.NotGood, Is.Zero);
            Assert.That(await Factory.Database.EventRatingsAsync(), Is.EqualTo(new[] { "great", "not_good" }));
        }
    }

    [Test]
    public async Task CountsConfirmedVote_WhenCustomerPostsNormallyAfterAScanner()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1003");
        var scannerStamp = await LandingCalls.OpenFormAsync(_browser, invitation.Token, RatingValue.NotGood);
        await LandingCalls.SubmitAsync(_browser, invitation.Token, "not_good", stamp: scannerStamp);
        Factory.Time.Advance(TimeSpan.FromMinutes(2));

        await RateAsCustomerAsync(invitation.Token, RatingValue.Great);

        var report = await ApiCalls.GetReportAsync(Anonymous);
        Assert.That(report.Counts, Is.EqualTo(new HappinessApi.Features.Reports.GetReport.ReportCounts(1, 0, 0, 1)));
    }

    [Test]
    public async Task AnswersARepeatedHeldSubmissionAsUnchanged_LikeANormalRepeat()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1006");
        await RateAsCustomerAsync(invitation.Token, RatingValue.Great);
        Factory.Time.Advance(TimeSpan.FromSeconds(30));
        await LandingCalls.SubmitAsync(_browser, invitation.Token, "ok");
        var held = await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.NotGood);
        Factory.Time.Advance(TimeSpan.FromSeconds(1));

        var repeated = await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.NotGood);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(held.Changed, Is.True);
            Assert.That(repeated.Changed, Is.False);
            Assert.That(repeated.RatedAt, Is.EqualTo(held.RatedAt));
            Assert.That(await Factory.Database.EventRatingsAsync(), Is.EqualTo(new[] { "great", "ok", "not_good" }));
        }
    }

    private async Task RateAsCustomerAsync(string token, RatingValue rating)
    {
        var stamp = await LandingCalls.OpenFormAsync(_browser, token, rating);
        Factory.Time.Advance(TimeSpan.FromSeconds(5));
        var response = await LandingCalls.SubmitAsync(_browser, token, RatingValues.ToWire(rating), stamp: stamp);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
    }
}
