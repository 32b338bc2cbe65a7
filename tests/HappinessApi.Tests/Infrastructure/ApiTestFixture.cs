namespace HappinessApi.Tests.Infrastructure;

/// <summary>One running service per test class; every test starts from an empty database.</summary>
public abstract class ApiTestFixture
{
    protected HappinessApiFactory Factory { get; private set; } = null!;

    protected HttpClient Anonymous { get; private set; } = null!;

    protected HttpClient Helpdesk { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        Factory = new HappinessApiFactory();
        Anonymous = Factory.CreateApiClient();
        Helpdesk = Factory.CreateApiClient(HappinessApiFactory.AdminKey);
    }

    [OneTimeTearDown]
    public void StopService()
    {
        Anonymous.Dispose();
        Helpdesk.Dispose();
        Factory.Dispose();
    }

    [SetUp]
    public Task ResetDatabase() => Factory.Database.ResetAsync();
}
