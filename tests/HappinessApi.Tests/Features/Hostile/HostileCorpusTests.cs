using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>
/// Every hostile request is refused with its exact status and problem code, and stores nothing. The
/// hostile tokens themselves are in RecordRatingTokenTests and OfflineTokenTests.
/// </summary>
public sealed class HostileCorpusTests : ApiTestFixture
{
    private HttpClient _reporter = null!;

    public static IEnumerable<TestCaseData> Corpus() => RatingBodyCorpus.Cases()
        .Concat(InvitationBodyCorpus.Cases())
        .Concat(TransportCorpus.Cases())
        .Concat(QueryCorpus.Cases())
        .Select(hostile => hostile.ToTestCase());

    [OneTimeSetUp]
    public void CreateReporter() => _reporter = Factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);

    [OneTimeTearDown]
    public void DisposeReporter() => _reporter.Dispose();

    [TestCaseSource(nameof(Corpus))]
    public async Task RefusesWithProblemAndStoresNothing_WhenRequestIsHostile(HostileRequest hostile)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-700");
        using var request = hostile.ToMessage(invitation.Token);

        using var response = await ClientFor(hostile.Caller).SendAsync(request);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(hostile.Status));
            Assert.That(problem.Status, Is.EqualTo(hostile.Status));
            Assert.That(problem.Code, Is.EqualTo(hostile.Code));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 0, 0)));
            if (hostile.Field is not null)
            {
                Assert.That(problem.Errors?.Select(error => error.Name), Does.Contain(hostile.Field));
            }
        }
    }

    [Test]
    public void HoldsAtLeast60Cases_WhenCorpusIsListed()
    {
        var names = Corpus().Select(testCase => testCase.Arguments[0]!.ToString()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Has.Count.GreaterThanOrEqualTo(60));
            Assert.That(names, Is.Unique);
        }
    }

    private HttpClient ClientFor(HostileCaller caller) => caller switch
    {
        HostileCaller.Helpdesk => Helpdesk,
        HostileCaller.Reporter => _reporter,
        _ => Anonymous,
    };
}
