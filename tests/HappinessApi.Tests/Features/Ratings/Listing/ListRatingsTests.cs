using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.List;
using HappinessApi.Tests.Features.Reports;

namespace HappinessApi.Tests.Features.Ratings.Listing;

public sealed class ListRatingsTests : RatingsTestFixture
{
    [Test]
    public async Task ListsEveryFieldButTheCustomer_WhenARatingHasReasonsAndAComment()
    {
        At("2026-05-04T09:00:00Z");
        var invitation = await InviteAsync(
            new ReportInvitation("a-7", "Ann", "billing", CustomerId: "c-1", TicketId: "T-1001", ReplyId: "2"));
        await RateAsync(invitation.Token, "ok", "Fine, but slow.", "slow_response", "policy");
        Factory.Time.Advance(TimeSpan.FromMinutes(5));
        await RateAsync(invitation.Token, "not_good");

        var response = await Reader.GetAsync(ListRatingsEndpoint.Route);
        var body = await response.Content.ReadAsStringAsync();
        var page = await ListAsync();

        var expected = new RatingResponse(
            invitation.Id, "T-1001", "2", new RatingAgent("a-7", "Ann"), "billing", RatingValue.NotGood,
            ["policy", "slow_response"], "Fine, but slow.", CommentHidden: false, Suspect: false, Verdict: null,
            DateTimeOffset.Parse("2026-05-04T09:05:00Z", null), DateTimeOffset.Parse("2026-05-04T09:00:00Z", null));
        var item = page.Items.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(item with { Reasons = expected.Reasons }, Is.EqualTo(expected));
            Assert.That(item.Reasons, Is.EqualTo(expected.Reasons));
            Assert.That(page.Next, Is.Null);
            Assert.That(body, Does.Not.Contain("Chloé").And.Not.Contain("chloe@example.com").And.Not.Contain("c-1"));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        }
    }

    [Test]
    public async Task ReturnsEachRatingOnceNewestFirst_WhenRatingsShareAnInstant()
    {
        At("2026-05-04T09:00:00Z");
        var older = await RatedAsync("great");
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var sameInstant = new List<string>();
        for (var index = 0; index < 7; index++)
        {
            sameInstant.Add(await RatedAsync("ok"));
        }

        var ids = await RatingCalls.WalkAsync(Reader, "limit=3");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.EqualTo(sameInstant.Order(StringComparer.Ordinal).Reverse().Append(older)));
            Assert.That(ids, Is.Unique);
        }
    }

    [Test]
    public async Task KeepsTheCriteriaAndLimit_WhenFollowingTheNextLink()
    {
        At("2026-05-04T09:00:00Z");
        for (var index = 0; index < 3; index++)
        {
            await RatedAsync("not_good");
            await RatedAsync("great");
        }

        var first = await ListAsync("rating=not_good&limit=2");
        var second = await RatingCalls.ListAsync(Reader, first.Next![(ListRatingsEndpoint.Route.Length + 1)..]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Next, Does.StartWith("/api/v1/ratings?rating=not_good&limit=2&cursor="));
            Assert.That(first.Items, Has.Count.EqualTo(2));
            Assert.That(second.Items.Select(item => item.Rating), Is.EqualTo(new[] { RatingValue.NotGood }));
            Assert.That(second.Next, Is.Null);
        }
    }

    [Test]
    public async Task ListsTheDefault100_WhenNoLimitIsGiven()
    {
        At("2026-05-04T09:00:00Z");
        for (var index = 0; index < 101; index++)
        {
            await RatedAsync("great");
        }

        var page = await ListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items, Has.Count.EqualTo(100));
            Assert.That(page.Next, Is.Not.Null);
        }
    }

    [Test]
    public async Task ListsNothing_WhenThereAreNoRatings()
    {
        await InviteAsync();

        var page = await ListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.Next, Is.Null);
        }
    }
}
