using HappinessApi.Features.Ratings;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Moderate;

public sealed class ModerateRatingTests : ModerationTestFixture
{
    [Test]
    public async Task LeavesTheCommentOutOfThePublicReport_WhenCommentIsHidden()
    {
        At("2026-05-04T09:00:00Z");
        var id = await RatedAsync("ok", comment: "You people are useless");

        var moderated = await ModerateAsync(id, new { commentHidden = true });

        var report = await ApiCalls.GetReportAsync(Anonymous);
        var listed = (await ListAsync()).Items.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(moderated.CommentHidden, Is.True);
            Assert.That(report.Ratings.Single().Comment, Is.Null);
            Assert.That(report.Counts, Is.EqualTo(new ReportCounts(0, 1, 0, 1)));
            Assert.That(listed.Comment, Is.EqualTo("You people are useless"));
            Assert.That(listed.CommentHidden, Is.True);
        }
    }

    [Test]
    public async Task ShowsTheCommentAgain_WhenNoLongerHidden()
    {
        At("2026-05-04T09:00:00Z");
        var id = await RatedAsync("great", comment: "Merci beaucoup !");
        await ModerateAsync(id, new { commentHidden = true });

        await ModerateAsync(id, new { commentHidden = false });

        var report = await ApiCalls.GetReportAsync(Anonymous);
        Assert.That(report.Ratings.Single().Comment, Is.EqualTo("Merci beaucoup !"));
    }

    [Test]
    public async Task KeepsTheCommentHidden_WhenTheCustomerWritesANewOne()
    {
        At("2026-05-04T09:00:00Z");
        var invitation = await InviteAsync();
        await RateAsync(invitation.Token, "ok", "Rude words");
        await ModerateAsync(invitation.Id, new { commentHidden = true });

        Factory.Time.Advance(TimeSpan.FromMinutes(5));
        await RateAsync(invitation.Token, "ok", "More rude words");

        var report = await ApiCalls.GetReportAsync(Anonymous);
        Assert.That(report.Ratings.Single().Comment, Is.Null);
    }

    [Test]
    public async Task CountsASuspectRating_WhenJudgedGenuine()
    {
        At("2026-05-04T09:00:00Z");
        var id = await SuspectAsync();
        var before = await CountsAsync();

        var moderated = await ModerateAsync(id, new { verdict = "genuine" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Is.EqualTo(new ReportCounts(0, 0, 0, 0)));
            Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(0, 0, 1, 1)));
            Assert.That(moderated.Suspect, Is.False);
            Assert.That(moderated.Verdict, Is.EqualTo(RatingVerdict.Genuine));
            Assert.That((await ApiCalls.GetReportAsync(Anonymous)).Counts.NotGood, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task NeverCountsAVoidRating_WhenItsCustomerRatesAgainLater()
    {
        At("2026-05-04T09:00:00Z");
        var invitation = await InviteAsync();
        await RateAsync(invitation.Token, "great");
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        await RateAsync(invitation.Token, "not_good");
        var voided = await ModerateAsync(invitation.Id, new { verdict = "void" });

        Factory.Time.Advance(TimeSpan.FromHours(1));
        await RateAsync(invitation.Token, "ok", "Changed my mind");

        var listed = (await ListAsync()).Items.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(voided.Suspect, Is.False);
            Assert.That(voided.Verdict, Is.EqualTo(RatingVerdict.Void));
            Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(0, 0, 0, 0)));
            Assert.That((await ApiCalls.GetReportAsync(Anonymous)).Ratings, Is.Empty);
            Assert.That(listed.Rating, Is.EqualTo(RatingValue.Ok));
            Assert.That(listed.Verdict, Is.EqualTo(RatingVerdict.Void));
            Assert.That(listed.Suspect, Is.False);
            Assert.That((await ListAsync("suspect=true")).Items, Is.Empty);
        }
    }

    [Test]
    public async Task CountsAVoidRatingAgain_WhenLaterJudgedGenuine()
    {
        At("2026-05-04T09:00:00Z");
        var id = await SuspectAsync();
        await ModerateAsync(id, new { verdict = "void" });

        await ModerateAsync(id, new { verdict = "genuine" });

        Assert.That(await CountsAsync(), Is.EqualTo(new ReportCounts(0, 0, 1, 1)));
    }

    [Test]
    public async Task RecordsAnEventPerChangeWithTheKeyAndTime_WhenModerated()
    {
        At("2026-05-04T09:00:00Z");
        var id = await SuspectAsync("Bad");
        Factory.Time.Advance(TimeSpan.FromMinutes(10));
        var at = Factory.Time.GetUtcNow().ToUnixTimeMilliseconds();

        await ModerateAsync(id, new { commentHidden = true, verdict = "genuine" });
        await ModerateAsync(id, new { commentHidden = true, verdict = "genuine" });

        Assert.That(await EventsAsync(), Is.EqualTo(new[]
        {
            $"hide_comment by moderator at {at}",
            $"genuine by moderator at {at}",
        }));
    }
}
