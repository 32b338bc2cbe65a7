using Dapper;
using HappinessApi.Features.Seeding;
using HappinessApi.Tests.Features.Reports;
using HappinessApi.Tests.Features.Seeding;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Listing;

/// <summary>
/// Pages through 10,000 seeded ratings while customers keep rating. New ratings are newer than any page already
/// read, so a newest-first keyset walk neither repeats nor skips the ratings that were there when it began.
/// </summary>
public sealed class ListRatingsPagingTests
{
    private const int Seeded = 10_000;

    private readonly SampleDatabase _database = new();

    private HappinessApiFactory _factory = null!;

    private HttpClient _reader = null!;

    private HttpClient _helpdesk = null!;

    private HttpClient _anonymous = null!;

    [OneTimeSetUp]
    public async Task SeedAndStart()
    {
        await _database.SeedAsync(new SeedArguments(30, Seeded, 11));
        _factory = new HappinessApiFactory(_database.DirectoryPath, RatingsTestFixture.Settings());
        _reader = _factory.CreateApiClient(RatingsTestFixture.ReaderKey);
        _helpdesk = _factory.CreateApiClient(HappinessApiFactory.AdminKey);
        _anonymous = _factory.CreateApiClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _reader.Dispose();
        _helpdesk.Dispose();
        _anonymous.Dispose();
        _factory.Dispose();
        _database.Dispose();
    }

    [Test]
    public async Task ReturnsEachRatingExactlyOnce_WhenNewRatingsArriveWhilePaging()
    {
        await using var connection = _database.Open();
        var before = (await connection.QueryAsync<string>("SELECT invitation_id FROM ratings")).ToHashSet();
        var arrived = new List<string>();

        var walked = await RatingCalls.WalkAsync(_reader, "limit=500", async () =>
        {
            for (var index = 0; index < 3; index++)
            {
                arrived.Add(await RateNowAsync());
            }
        });

        var newest = await RatingCalls.ListAsync(_reader, "limit=1");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Has.Count.EqualTo(Seeded));
            Assert.That(walked, Is.Unique);
            Assert.That(walked, Is.EquivalentTo(before));
            Assert.That(arrived, Has.Count.EqualTo(3 * ((Seeded / 500) - 1)));
            Assert.That(newest.Items.Single().Id, Is.EqualTo(arrived[^1]));
        }
    }

    private async Task<string> RateNowAsync()
    {
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var invitation = await RatingCalls.InviteAsync(_helpdesk, new ReportInvitation());
        await RatingCalls.RateAsync(_anonymous, invitation.Token, "great");

        return invitation.Id;
    }
}
