using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Write;

public sealed class WriteRatingTests : WriteRatingTestFixture
{
    [Test]
    public async Task Returns201AndStoresAHelpdeskEvent_WhenTheInvitationIsFirstRated()
    {
        At("2026-05-04T09:00:00Z");
        var invitation = await InviteAsync();

        var response = await PutAsync(
            invitation.Id, new { rating = "ok", comment = "Took a while", reasons = new[] { "slow_response" } });

        var rated = await response.Content.ReadFromJsonAsync<RecordRatingResponse>(ApiCalls.Json);
        var listed = (await ListAsync()).Items.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((rated!.Rating, rated.Comment), Is.EqualTo((RatingValue.Ok, "Took a while")));
            Assert.That(rated.Changed, Is.True);
            Assert.That(rated.Reasons, Is.EqualTo(new[] { "slow_response" }));
            Assert.That(rated.RatedAt, Is.EqualTo(DateTimeOffset.Parse("2026-05-04T09:00:00Z", null)));
            Assert.That((listed.Id, listed.Rating, listed.Suspect), Is.EqualTo((invitation.Id, RatingValue.Ok, false)));
            Assert.That(await RatingEventsAsync(), Is.EqualTo(new[] { "ok from helpdesk, applied" }));
            Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(0, 1, 0, 1)));
        }
    }

    [Test]
    public async Task Returns200AndStoresTheNewValue_WhenTheHelpdeskChangesTheRating()
    {
        At("2026-05-04T09:00:00Z");
        var invitation = await InviteAsync();
        await WriteAsync(invitation.Id, new { rating = "ok" });
        Factory.Time.Advance(TimeSpan.FromMinutes(1));

        var response = await PutAsync(invitation.Id, new { rating = "not_good", reasons = new[] { "not_resolved" } });

        var rated = await response.Content.ReadFromJsonAsync<RecordRatingResponse>(ApiCalls.Json);
        var listed = (await ListAsync()).Items.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((rated!.Rating, rated.Changed), Is.EqualTo((RatingValue.NotGood, true)));
            Assert.That(listed.Rating, Is.EqualTo(RatingValue.NotGood));
            Assert.That(listed.Reasons, Is.EqualTo(new[] { "not_resolved" }));
            Assert.That(await RatingEventsAsync(), Is.EqualTo(new[]
            {
                "ok from helpdesk, applied",
                "not_good from helpdesk, applied",
            }));
            Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(0, 0, 1, 1)));
        }
    }

    [Test]
    public async Task Returns200Unchanged_WhenTheHelpdeskSendsTheSameRatingAgain()
    {
        At("2026-05-04T09:00:00Z");
        var invitation = await InviteAsync();
        var first = await WriteAsync(invitation.Id, new { rating = "great" });
        Factory.Time.Advance(TimeSpan.FromMinutes(1));

        var response = await PutAsync(invitation.Id, new { rating = "great" });

        var again = await response.Content.ReadFromJsonAsync<RecordRatingResponse>(ApiCalls.Json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((again!.Changed, again.RatedAt), Is.EqualTo((false, first.RatedAt)));
            Assert.That(await RatingEventsAsync(), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task AppliesBothValuesAndCountsTheLast_WhenTheHelpdeskSendsTwoWithinASecond()
    {
        At("2026-05-04T09:00:00Z");
        var invitation = await InviteAsync();
        await WriteAsync(invitation.Id, new { rating = "great" });
        Factory.Time.Advance(TimeSpan.FromMilliseconds(400));

        var second = await WriteAsync(invitation.Id, new { rating = "not_good" });

        var report = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Rating, Is.EqualTo(RatingValue.NotGood));
            Assert.That(await RatingEventsAsync(), Is.EqualTo(new[]
            {
                "great from helpdesk, applied",
                "not_good from helpdesk, applied",
            }));
            Assert.That((report.Counts.NotGood, report.Counts.Total), Is.EqualTo((1, 1)));
            Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(0, 0, 1, 1)));
            Assert.That((await ListAsync("suspect=true")).Items, Is.Empty);
        }
    }

    [Test]
    public async Task ConfirmsTheHelpdeskValue_WhenACustomerBurstMadeTheRatingSuspect()
    {
        At("2026-05-04T09:00:00Z");
        var id = await SuspectAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(1));

        await WriteAsync(id, new { rating = "ok" });

        var listed = (await ListAsync()).Items.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((listed.Rating, listed.Suspect), Is.EqualTo((RatingValue.Ok, false)));
            Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(0, 1, 0, 1)));
        }
    }

    [Test]
    public async Task KeepsAVoidRatingOutOfEveryReport_WhenTheHelpdeskPostsAnotherValue()
    {
        At("2026-05-04T09:00:00Z");
        var id = await SuspectAsync();
        await ModerateAsync(id, new { verdict = "void" });
        Factory.Time.Advance(TimeSpan.FromHours(1));

        var response = await PutAsync(id, new { rating = "great", comment = "Lovely" });

        var listed = (await ListAsync()).Items.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(0, 0, 0, 0)));
            Assert.That((await ApiCalls.GetReportAsync(Anonymous)).Ratings, Is.Empty);
            Assert.That((listed.Rating, listed.Verdict), Is.EqualTo((RatingValue.Great, RatingVerdict.Void)));
        }
    }

    [Test]
    public async Task Returns201_WhenTheKeyHasTheAdminScope()
    {
        var invitation = await InviteAsync();

        var response = await PutAsync(invitation.Id, new { rating = "great" }, Helpdesk);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task LogsTheKeyButNotTheComment_WhenTheHelpdeskRates()
    {
        var invitation = await InviteAsync();

        await WriteAsync(invitation.Id, new { rating = "great", comment = "Words for the agent only" });

        var posted = $"Rating of invitation {invitation.Id} posted by key writer as great: Applied";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Factory.Logs.Lines, Has.Some.Contains(posted));
            Assert.That(Factory.Logs.Lines, Has.None.Contains("Words for the agent only"));
        }
    }
}
