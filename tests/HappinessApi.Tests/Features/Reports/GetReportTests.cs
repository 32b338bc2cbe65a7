using System.Net;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportTests : ApiTestFixture
{
    [Test]
    public async Task ReportsFiftyThirtyTwenty_WhenFiveGreatThreeOkTwoNotGood()
    {
        await RateManyAsync(RatingValue.Great, 5);
        await RateManyAsync(RatingValue.Ok, 3);
        await RateManyAsync(RatingValue.NotGood, 2);

        var report = await ApiCalls.GetReportAsync(Anonymous);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Counts, Is.EqualTo(new ReportCounts(5, 3, 2, 10)));
            Assert.That(report.Percentages, Is.EqualTo(new ReportPercentages(50, 30, 20)));
            Assert.That(report.Satisfaction, Is.EqualTo(50m));
            Assert.That(report.HappinessScore, Is.EqualTo(30m));
        }
    }

    [Test]
    public async Task PercentagesAddUpTo100_WhenOneOfEach()
    {
        await RateManyAsync(RatingValue.Great, 1);
        await RateManyAsync(RatingValue.Ok, 1);
        await RateManyAsync(RatingValue.NotGood, 1);

        var report = await ApiCalls.GetReportAsync(Anonymous);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Percentages, Is.EqualTo(new ReportPercentages(34, 33, 33)));
            Assert.That(report.Satisfaction, Is.EqualTo(33.3m));
            Assert.That(report.HappinessScore, Is.EqualTo(0m));
        }
    }

    [Test]
    public async Task ReportsNulls_WhenThereAreNoRatings()
    {
        var report = await ApiCalls.GetReportAsync(Anonymous);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Counts, Is.EqualTo(new ReportCounts(0, 0, 0, 0)));
            Assert.That(report.Percentages, Is.EqualTo(new ReportPercentages(null, null, null)));
            Assert.That(report.Satisfaction, Is.Null);
            Assert.That(report.HappinessScore, Is.Null);
            Assert.That(report.Window, Is.EqualTo(new ReportWindow(100, null, null)));
            Assert.That(report.Ratings, Is.Empty);
        }
    }

    [Test]
    public async Task ListsNewestFirstWithinLast_WhenMoreRatingsThanAskedFor()
    {
        await RateManyAsync(RatingValue.Great, 2, "Ann");
        await RateManyAsync(RatingValue.NotGood, 1, "Bob");

        var report = await ApiCalls.GetReportAsync(Anonymous, last: 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Counts.Total, Is.EqualTo(2));
            Assert.That(
                report.Ratings.Select(rating => rating.Rating),
                Is.EqualTo(new[] { RatingValue.NotGood, RatingValue.Great }));
            Assert.That(report.Ratings[0].Agent.Name, Is.EqualTo("Bob"));
            Assert.That(report.Window.To, Is.EqualTo(report.Ratings[0].RatedAt));
            Assert.That(report.Window.From, Is.EqualTo(report.Ratings[1].RatedAt));
        }
    }

    [Test]
    public async Task ShowsNoCustomerData_WhenCustomersWereGiven()
    {
        await RateManyAsync(RatingValue.Great, 1);

        var body = await Anonymous.GetStringAsync(GetReportEndpoint.Route);

        Assert.That(body, Does.Not.Contain("chloe").IgnoreCase.And.Not.Contain("Martin").And.Not.Contain("c-1"));
    }

    [TestCase("0")]
    [TestCase("1001")]
    [TestCase("-5")]
    [TestCase("abc")]
    [TestCase("99999999999")]
    public async Task RefusesLast_WhenOutOfRange(string last)
    {
        var response = await Anonymous.GetAsync($"{GetReportEndpoint.Route}?last={last}");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("validation_failed"));
            Assert.That(problem.Errors!.Select(error => error.Name), Is.EqualTo(new[] { "last" }));
        }
    }

    private async Task RateManyAsync(RatingValue rating, int count, string agentName = "Ann")
    {
        for (var index = 0; index < count; index++)
        {
            var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, $"T-{Guid.NewGuid():N}"[..20], agentName);
            Factory.Time.Advance(TimeSpan.FromSeconds(1));
            await ApiCalls.RateOkAsync(Anonymous, invitation.Token, rating);
        }
    }
}
