using HappinessApi.Tests.Features.Reports;

namespace HappinessApi.Tests.Features.Ratings.Listing;

public sealed class ListRatingsFilterTests : RatingsTestFixture
{
    // A: great, May 1 22:30 UTC (May 2 in Paris). B: ok, a reason and a comment. C: not good, an empty comment.
    // D: not good, suspect (two values a second apart), no team.
    [TestCase("rating=ok,not_good", "BCD")]
    [TestCase("agent=ann", "AC")]
    [TestCase("agent=ann&rating=not_good", "C")]
    [TestCase("team=billing", "BC")]
    [TestCase("reason=slow_response", "B")]
    [TestCase("hasComment=true", "B")]
    [TestCase("hasComment=false", "ACD")]
    [TestCase("suspect=true", "D")]
    [TestCase("suspect=false", "ABC")]
    [TestCase("from=2026-05-02", "BCD")]
    [TestCase("from=2026-05-02&tz=Europe/Paris", "ABCD")]
    [TestCase("to=2026-05-02", "AB")]
    [TestCase("to=2026-05-01&tz=Europe/Paris", "")]
    [TestCase("from=2026-05-02T10:00:00Z&to=2026-05-03T12:00:00Z", "B")]
    [TestCase("from=2026-05-02T12:00:00.001%2B02:00", "CD")]
    public async Task ListsOnlyMatchingRatings_WhenCriteriaAreGiven(string query, string expected)
    {
        var ids = await RateFourAsync();

        var page = await ListAsync(query);

        var letters = page.Items.Select(item => ids[item.Id]);
        Assert.That(string.Concat(letters), Is.EqualTo(new string([.. expected.Reverse()])));
    }

    private async Task<Dictionary<string, char>> RateFourAsync()
    {
        At("2026-05-01T22:30:00Z");
        var a = await RatedAsync("great", new ReportInvitation("ann", Team: "support"));
        At("2026-05-02T10:00:00Z");
        var b = await RatedAsync("ok", new ReportInvitation("bob", Team: "billing"), "Slow.", "slow_response");
        At("2026-05-03T12:00:00Z");
        var c = await RatedAsync("not_good", new ReportInvitation("ann", Team: "billing"), "", "policy");
        At("2026-05-04T09:00:00Z");
        var d = await InviteAsync(new ReportInvitation("cy", Team: null));
        await RateAsync(d.Token, "great");
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        await RateAsync(d.Token, "not_good");

        return new() { [a] = 'A', [b] = 'B', [c] = 'C', [d.Id] = 'D' };
    }
}
