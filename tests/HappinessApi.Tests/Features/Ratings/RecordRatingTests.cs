using System.Net;
using System.Text;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.Record;
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
        var comment = string.Concat(Enumerable.Repeat("👍🏽", RecordRatingValidator.MaxCommentLength));

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great", comment);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task RefusesComment_WhenLongerThan2000Characters()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-106");

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great", new string('é', 2001));

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "comment");
    }

    [Test]
    public async Task RefusesComment_WhenItHasControlCharacters()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-107");

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great", "bell\u0007 null\u0000");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "comment");
    }

    [TestCase("meh")]
    [TestCase("GOOD")]
    [TestCase("")]
    public async Task RefusesRating_WhenValueIsUnknown(string rating)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-108");

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, rating);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "invalid_json", "rating");
    }

    [Test]
    public async Task RefusesRating_WhenRatingIsMissing()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-109");

        var response = await PostRawAsync($$"""{"token":"{{invitation.Token}}"}""");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "rating");
    }

    [Test]
    public async Task RefusesRating_WhenTokenIsMissing()
    {
        await ApiCalls.CreateInvitationAsync(Helpdesk, "T-110");

        var response = await PostRawAsync("""{"rating":"great"}""");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed", "token");
    }

    [TestCase("""{"token":"abc","rating":""")]
    [TestCase("""{"token":"abc","rating":"great",}""")]
    [TestCase("""[1,2,3]""")]
    [TestCase("""{"token":12,"rating":"great"}""")]
    [TestCase("""{"token":"abc","rating":1}""")]
    public async Task RefusesBody_WhenJsonIsMalformedOrMistyped(string body)
    {
        await ApiCalls.CreateInvitationAsync(Helpdesk, "T-111");

        var response = await PostRawAsync(body);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "invalid_json");
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("application/xml")]
    public async Task Returns415_WhenBodyIsNotJson(string contentType)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-112");
        var body = $$"""{"token":"{{invitation.Token}}","rating":"great"}""";

        var response = await Anonymous.PostAsync(
            RecordRatingEndpoint.Route, new StringContent(body, Encoding.UTF8, contentType));

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Test]
    public async Task RefusesToken_WhenExpired()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-113");
        Factory.Time.Advance(TimeSpan.FromDays(30));

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "great");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "token_expired", "token");
    }

    private Task<HttpResponseMessage> PostRawAsync(string body) =>
        Anonymous.PostAsync(RecordRatingEndpoint.Route, new StringContent(body, Encoding.UTF8, "application/json"));

    private async Task AssertRefusedAsync(
        HttpResponseMessage response, HttpStatusCode status, string code, string? field = null)
    {
        var problem = await ApiCalls.ReadProblemAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(problem.Code, Is.EqualTo(code));
            Assert.That(problem.TraceId, Is.Not.Empty);
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
            if (field is not null)
            {
                Assert.That(problem.Errors!.Select(error => error.Name), Does.Contain(field));
            }
        }
    }
}
