using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class ConcurrentRatingTests : ApiTestFixture
{
    private static readonly string[] Values = ["great", "ok", "not_good"];

    [TestCase(false)]
    [TestCase(true)]
    public async Task LeavesExactlyOneRatingAndNo5xx_When64PostsArriveAtOnce(bool mixedValues)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1100");

        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(index =>
            ApiCalls.RateAsync(Anonymous, invitation.Token, mixedValues ? Values[index % 3] : "great")));

        var stored = await Factory.Database.CountAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(responses.Select(response => (int)response.StatusCode), Is.All.InRange(200, 201));
            Assert.That(responses.Count(response => (int)response.StatusCode == 201), Is.EqualTo(1));
            Assert.That(stored.Ratings, Is.EqualTo(1));
            Assert.That(stored.Events, Is.GreaterThanOrEqualTo(1).And.LessThanOrEqualTo(64));
        }
    }
}
