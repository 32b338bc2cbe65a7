using Dapper;
using HappinessApi.Features.Seeding;

namespace HappinessApi.Tests.Features.Seeding;

public sealed class SeedSampleDataTests
{
    private readonly SampleDatabase _database = new();

    private SeedSummary _summary = null!;

    [OneTimeSetUp]
    public async Task Seed() => _summary = await _database.SeedAsync(new SeedArguments(30, 2000, 1));

    [OneTimeTearDown]
    public void DeleteDatabase() => _database.Dispose();

    [Test]
    public async Task StoresTheAskedRatings_WithAboutSeventyPercentOfInvitationsRated()
    {
        const string select = """
            SELECT (SELECT COUNT(*) FROM invitations) AS Invitations,
                   (SELECT COUNT(*) FROM ratings) AS Ratings,
                   (SELECT COUNT(*) FROM rating_events WHERE source = 'seed' AND applied = 1) AS Events
            """;

        var counts = await QuerySingleAsync<(long Invitations, long Ratings, long Events)>(select);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(counts.Ratings, Is.EqualTo(2000));
            Assert.That(counts.Events, Is.EqualTo(2000));
            Assert.That(counts.Invitations, Is.EqualTo(_summary.Invitations).And.EqualTo(2858));
            Assert.That(_summary.Ratings, Is.EqualTo(2000));
        }
    }

    [Test]
    public async Task MixesRatingsNearEightyFiveNineSix_WhenSeeded()
    {
        const string select = "SELECT rating, COUNT(*) * 100.0 / 2000 FROM ratings GROUP BY rating";

        var shares = (await QueryAsync<(string Rating, double Percent)>(select))
            .ToDictionary(share => share.Rating, share => share.Percent);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shares["great"], Is.EqualTo(85).Within(3));
            Assert.That(shares["ok"], Is.EqualTo(9).Within(3));
            Assert.That(shares["not_good"], Is.EqualTo(6).Within(3));
        }
    }

    [Test]
    public async Task KeepsEveryRatingInTheWindow_WhenSeededForThirtyDays()
    {
        const string select = """
            SELECT MIN(i.created_at), MAX(r.rated_at), SUM(r.rated_at < i.created_at)
            FROM ratings r JOIN invitations i ON i.id = r.invitation_id
            """;

        var (first, last, beforeInvitation) = await QuerySingleAsync<(long, long, long)>(select);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.GreaterThanOrEqualTo(SampleDatabase.Now.AddDays(-30).ToUnixTimeMilliseconds()));
            Assert.That(last, Is.LessThanOrEqualTo(SampleDatabase.Now.ToUnixTimeMilliseconds()));
            Assert.That(beforeInvitation, Is.Zero);
        }
    }

    [Test]
    public async Task GivesReasonsOnlyToOkAndNotGood_WhenSeeded()
    {
        const string select = """
            SELECT r.rating FROM rating_reasons rr JOIN ratings r ON r.invitation_id = rr.invitation_id
            """;

        var rated = await QueryAsync<string>(select);

        Assert.That(rated, Is.Not.Empty.And.All.AnyOf("ok", "not_good"));
    }

    [Test]
    public async Task WritesCommentsInEnglishAndFrench_OnAboutAThirdOfRatings()
    {
        const string select = """
            SELECT i.locale, r.comment FROM ratings r JOIN invitations i ON i.id = r.invitation_id
            WHERE r.comment IS NOT NULL
            """;

        var comments = await QueryAsync<(string Locale, string Comment)>(select);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(comments, Has.Count.InRange(450, 750));
            Assert.That(comments.Where(comment => comment.Locale == "en"), Is.Not.Empty);
            Assert.That(comments.Where(comment => comment.Locale == "fr").Select(comment => comment.Comment),
                Has.Some.Contains("é").Or.Some.Contains("Merci"));
        }
    }

    [Test]
    public async Task MarksInvitationsAsSeeded_InsteadOfSigningTokens()
    {
        var tokens = await QueryAsync<string>("SELECT DISTINCT token FROM invitations");

        Assert.That(tokens, Is.EqualTo(new[] { "seeded" }));
    }

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = _database.Open();
        return (await connection.QueryAsync<T>(sql)).AsList();
    }

    private async Task<T> QuerySingleAsync<T>(string sql)
    {
        await using var connection = _database.Open();
        return await connection.QuerySingleAsync<T>(sql);
    }
}
