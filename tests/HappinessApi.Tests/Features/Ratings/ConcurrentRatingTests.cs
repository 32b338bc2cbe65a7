using System.Net.Http.Json;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Features.Tokens;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings;

/// <summary>
/// Posts that race on one token or on many: never a 5xx (no SQLITE_BUSY surfaces), one rating per
/// token, and exactly one event for every acknowledged post that changed something.
/// </summary>
public sealed class ConcurrentRatingTests : ApiTestFixture
{
    private static readonly string[] Values = ["great", "ok", "not_good"];

    [TestCase(false)]
    [TestCase(true)]
    public async Task LeavesOneRatingAndOneEventPerChange_When64PostsArriveAtOnce(bool mixedValues)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1100");

        var posts = await Task.WhenAll(Enumerable.Range(0, 64).Select(index =>
            PostAsync(invitation.Token, mixedValues ? Values[index % 3] : "great")));

        var stored = await Factory.Database.CountAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(posts.Select(post => post.Status), Is.All.InRange(200, 201));
            Assert.That(posts.Count(post => post.Status == 201), Is.EqualTo(1));
            Assert.That(stored with { Events = 0 }, Is.EqualTo(new StoredCounts(1, 1, 0)));
            Assert.That(stored.Events, Is.EqualTo(posts.Count(post => post.Changed)));
            Assert.That(NoBusyDatabaseLogged(), Is.True);
        }

        Assert.That(stored.Events, mixedValues ? Is.GreaterThan(1) : Is.EqualTo(1));
    }

    [Test]
    public async Task CreatesOneInvitation_When64PostsRaceOnAnOfflineTokenNeverSeen()
    {
        var token = SignOffline("T-1101");

        var posts = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => PostAsync(token, "ok")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(posts.Select(post => post.Status), Is.All.InRange(200, 201));
            Assert.That(posts.Count(post => post.Changed), Is.EqualTo(1));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 1)));
        }
    }

    [Test]
    public async Task StoresEveryRating_When8WritersPost50DistinctTokensEach()
    {
        var tokens = Enumerable.Range(0, 8)
            .Select(writer => Enumerable.Range(0, 50).Select(post => SignOffline($"T-{writer}-{post}")).ToList())
            .ToList();

        var posts = await Task.WhenAll(tokens.Select(WriteInTurnAsync));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(posts.SelectMany(post => post).Select(post => post.Status), Is.All.EqualTo(201));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(400, 400, 400)));
            Assert.That(NoBusyDatabaseLogged(), Is.True);
        }
    }

    [Test]
    public async Task KeepsOneRatingPerToken_When8WritersChange50TimesEachAtOnce()
    {
        var invitations = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(writer => ApiCalls.CreateInvitationAsync(Helpdesk, $"T-12{writer}")));

        var posts = (await Task.WhenAll(invitations.Select(invitation =>
            WriteInTurnAsync(Enumerable.Repeat(invitation.Token, 50).ToList())))).SelectMany(post => post).ToList();

        var stored = await Factory.Database.CountAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(posts.Select(post => post.Status), Is.All.InRange(200, 201));
            Assert.That(posts.Count(post => post.Status == 201), Is.EqualTo(8));
            Assert.That(stored with { Events = 0 }, Is.EqualTo(new StoredCounts(8, 8, 0)));
            Assert.That(stored.Events, Is.EqualTo(posts.Count(post => post.Changed)));
            Assert.That(NoBusyDatabaseLogged(), Is.True);
        }
    }

    // One writer posts in turn, cycling the values and the comment, so that most posts change something.
    private async Task<Post[]> WriteInTurnAsync(IReadOnlyList<string> tokens)
    {
        var posts = new Post[tokens.Count];
        for (var index = 0; index < tokens.Count; index++)
        {
            posts[index] = await PostAsync(tokens[index], Values[index % 3], $"post {index}");
        }

        return posts;
    }

    private async Task<Post> PostAsync(string token, string rating, string? comment = null)
    {
        using var response = await ApiCalls.RateAsync(Anonymous, token, rating, comment);
        if (!response.IsSuccessStatusCode)
        {
            return new Post((int)response.StatusCode, Changed: false);
        }

        var recorded = await response.Content.ReadFromJsonAsync<RecordRatingResponse>(ApiCalls.Json);
        return new Post((int)response.StatusCode, recorded!.Changed);
    }

    private string SignOffline(string ticketId)
    {
        var now = Factory.Time.GetUtcNow();
        var tokenId = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
        var claims = new RatingTokenClaims(tokenId, ticketId, "", "agent-race", now, now.AddDays(7));

        return TestKeys.SignerFor(TestKeys.Live, Factory.Time).Sign(claims);
    }

    private bool NoBusyDatabaseLogged() => !Factory.Logs.Lines.Any(line =>
        line.Contains("database is locked", StringComparison.OrdinalIgnoreCase)
        || line.Contains("SQLITE_BUSY", StringComparison.OrdinalIgnoreCase));

    private sealed record Post(int Status, bool Changed);
}
