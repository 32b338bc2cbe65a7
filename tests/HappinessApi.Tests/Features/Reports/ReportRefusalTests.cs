using System.Net;
using HappinessApi.Features.Reports.GetAgents;
using HappinessApi.Features.Reports.GetReasons;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Features.Reports.GetTeams;
using HappinessApi.Features.Reports.GetTrend;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reports;

public sealed class ReportRefusalTests
{
    private const string HelpdeskOnlyKey = "test-helpdesk-key-0123456789";

    private static readonly string[] Routes =
    [
        GetReportSummaryEndpoint.Route,
        GetReportTrendEndpoint.Route,
        GetReportAgentsEndpoint.Route,
        GetReportTeamsEndpoint.Route,
        GetReportReasonsEndpoint.Route,
    ];

    private HappinessApiFactory _factory = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        var helpdeskKey = new Dictionary<string, string?>
        {
            ["Auth:Keys:2:Name"] = "helpdesk",
            ["Auth:Keys:2:Key"] = HelpdeskOnlyKey,
            ["Auth:Keys:2:Scopes:0"] = "invitations:write",
        };
        _factory = new HappinessApiFactory(
            null, TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live).Concat(helpdeskKey));
    }

    [OneTimeTearDown]
    public void StopService() => _factory.Dispose();

    [TestCaseSource(nameof(Routes))]
    public async Task Returns401_WhenNoApiKeyIsSent(string route)
    {
        using var anonymous = _factory.CreateApiClient();

        var response = await anonymous.GetAsync(route);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [TestCaseSource(nameof(Routes))]
    public async Task Returns403_WhenApiKeyLacksReportsScope(string route)
    {
        using var helpdesk = _factory.CreateApiClient(HelpdeskOnlyKey);

        var response = await helpdesk.GetAsync(route);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [TestCaseSource(nameof(Routes))]
    public async Task Returns200_WhenApiKeyIsAdmin(string route)
    {
        using var admin = _factory.CreateApiClient(HappinessApiFactory.AdminKey);

        var response = await admin.GetAsync(route);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("tz=Mars/Olympus", "tz")]
    [TestCase("tz=../../etc/passwd", "tz")]
    [TestCase("from=2026-03-31&to=2026-03-01", "from")]
    [TestCase("from=2020-01-01&to=2025-01-01", "from")]
    [TestCase("from=2026-02-30", "from")]
    [TestCase("from=01/03/2026", "from")]
    [TestCase("to=2026-3-1", "to")]
    [TestCase("to=0001-01-01", "to")]
    public async Task NamesTheParameter_WhenPeriodIsInvalid(string query, string field)
    {
        using var reader = _factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);

        foreach (var route in Routes)
        {
            var response = await reader.GetAsync($"{route}?{query}");

            var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed");
            Assert.That(problem.Errors!.Select(error => error.Name), Is.EqualTo(new[] { field }), route);
        }
    }

    [Test]
    public async Task AcceptsFiveYears_WhenPeriodIs1827Days()
    {
        using var reader = _factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);

        var response = await reader.GetAsync($"{GetReportSummaryEndpoint.Route}?from=2020-01-01&to=2024-12-31");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("year")]
    [TestCase("Day")]
    [TestCase("")]
    public async Task NamesBucket_WhenBucketIsUnknown(string bucket)
    {
        using var reader = _factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);

        var response = await reader.GetAsync($"{GetReportTrendEndpoint.Route}?bucket={bucket}");

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.Errors!.Select(error => error.Name), Is.EqualTo(new[] { "bucket" }));
    }

    private static async Task<ApiProblem> AssertRefusedAsync(
        HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(problem.Code, Is.EqualTo(code));
        }

        return problem;
    }
}
