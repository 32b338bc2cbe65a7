using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Ratings.List;
using HappinessApi.Tests.Features.Reports;
using HappinessApi.Tests.Features.Tokens;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Listing;

/// <summary>
/// One running service per test class, with a key for each ratings scope; every test starts from an empty database.
/// </summary>
public abstract class RatingsTestFixture
{
    public const string ReaderKey = "test-ratings-reader-0123456789";

    public const string ModeratorKey = "test-ratings-moderator-0123456789";

    public const string WriterKey = "test-ratings-writer-0123456789";

    protected HappinessApiFactory Factory { get; private set; } = null!;

    protected HttpClient Anonymous { get; private set; } = null!;

    protected HttpClient Helpdesk { get; private set; } = null!;

    protected HttpClient Reader { get; private set; } = null!;

    protected HttpClient Moderator { get; private set; } = null!;

    protected HttpClient Writer { get; private set; } = null!;

    public static IEnumerable<KeyValuePair<string, string?>> Settings() =>
        TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live).Concat(new Dictionary<string, string?>
        {
            ["Auth:Keys:2:Name"] = "reader",
            ["Auth:Keys:2:Key"] = ReaderKey,
            ["Auth:Keys:2:Scopes:0"] = "ratings:read",
            ["Auth:Keys:3:Name"] = "moderator",
            ["Auth:Keys:3:Key"] = ModeratorKey,
            ["Auth:Keys:3:Scopes:0"] = "ratings:moderate",
            ["Auth:Keys:4:Name"] = "writer",
            ["Auth:Keys:4:Key"] = WriterKey,
            ["Auth:Keys:4:Scopes:0"] = "ratings:write",
        });

    [OneTimeSetUp]
    public void StartService()
    {
        Factory = new HappinessApiFactory(null, Settings());
        Anonymous = Factory.CreateApiClient();
        Helpdesk = Factory.CreateApiClient(HappinessApiFactory.AdminKey);
        Reader = Factory.CreateApiClient(ReaderKey);
        Moderator = Factory.CreateApiClient(ModeratorKey);
        Writer = Factory.CreateApiClient(WriterKey);
    }

    [OneTimeTearDown]
    public void StopService()
    {
        Anonymous.Dispose();
        Helpdesk.Dispose();
        Reader.Dispose();
        Moderator.Dispose();
        Writer.Dispose();
        Factory.Dispose();
    }

    [SetUp]
    public Task ResetDatabase() => Factory.Database.ResetAsync();

    /// <summary>Sets the service clock, which may go back: each test places its own ratings.</summary>
    protected void At(string instant) => Factory.Time.AdjustTime(DateTimeOffset.Parse(instant, null));

    protected Task<CreateInvitationResponse> InviteAsync(ReportInvitation? invitation = null) =>
        RatingCalls.InviteAsync(Helpdesk, invitation ?? new ReportInvitation());

    protected Task RateAsync(string token, string rating, string? comment = null, params string[] reasons) =>
        RatingCalls.RateAsync(Anonymous, token, rating, comment, reasons);

    /// <summary>Invites and rates at the current clock; returns the invitation's id.</summary>
    protected async Task<string> RatedAsync(
        string rating, ReportInvitation? invitation = null, string? comment = null, params string[] reasons)
    {
        var created = await InviteAsync(invitation);
        await RateAsync(created.Token, rating, comment, reasons);

        return created.Id;
    }

    protected Task<ListRatingsResponse> ListAsync(string query = "") => RatingCalls.ListAsync(Reader, query);
}
