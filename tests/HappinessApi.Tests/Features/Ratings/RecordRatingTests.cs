using System.Net;
using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class RecordRatingTests : ApiTestFixture
{
    [Test]
    public async Task Returns201AndStoresRating_WhenFirstRating()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-100");

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great", "Quick and kind");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 1)));
            Assert.That(await Factory.Database.CurrentCommentAsync(), Is.EqualTo("Quick and kind"));
        }
    }

    [Test]
    public async Task KeepsOneRatingAndTwoEvents_WhenGreatThenNotGood()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-101");
        await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.Great);
        Factory.Time.Advance(TimeSpan.FromMinutes(1));

        var changed = await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.NotGood);

        var report = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changed.Rating, Is.EqualTo(RatingValue.NotGood));
            Assert.That(await Factory.Database.EventRatingsAsync(), Is.EqualTo(new[] { "great", "not_good" }));
            Assert.That(report.Counts.Total, Is.EqualTo(1));
            Assert.That(report.Counts.NotGood, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ChangesNothing_WhenSameValueAgain()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-102");
        var first = await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.Ok);
        Factory.Time.Advance(TimeSpan.FromMinutes(5));

        var again = await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.Ok);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Changed, Is.False);
            Assert.That(again.RatedAt, Is.EqualTo(first.RatedAt));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 1)));
        }
    }

    [Test]
    public async Task AddsCommentLater_WhenSameValueWithComment()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-103");
        await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.Ok);

        var withComment = await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.Ok, "Slow, but fixed");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withComment.Changed, Is.True);
            Assert.That(withComment.Comment, Is.EqualTo("Slow, but fixed"));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 2)));
        }
    }

    [TestCase("👍🏽 Merci beaucoup, très rapide ! 🎉")]
    [TestCase("شكرا جزيلا على المساعدة")]
    [TestCase("Line one\nLine two\ttabbed")]
    [TestCase("<script>alert('x')</script> & 'quotes' \"double\"")]
    public async Task StoresCommentExactly_WhenUnicodeOrMarkup(string comment)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-104");

        var rated = await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.Great, comment);

        var report = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rated.Comment, Is.EqualTo(comment));
            Assert.That(await Factory.Database.CurrentCommentAsync(), Is.EqualTo(comment));
            Assert.That(report.Ratings.Single().Comment, Is.EqualTo(comment));
        }
    }

    [Test]
    public async Task Accepts2000Emoji_WhenEachCountsAsOneCharacter()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-105");
        var comment = string.Concat(Enumerable.Repeat("👍🏽", RatingFieldRules.MaxCommentLength));

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great", comment);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }
}
