using System.Net;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Features.ApiKeys;
using HappinessApi.Tests.Features.OpenApi;
using HappinessApi.Tests.Infrastructure;
using static HappinessApi.Tests.Features.Reports.ConditionalRequests;

namespace HappinessApi.Tests.Features.Reports;

/// <summary>The public report, once as shipped and once switched by configuration to need a reports:read key.</summary>
public sealed class RequireKeyForPublicReportTests
{
    private readonly Dictionary<bool, HappinessApiFactory> _services = [];

    [OneTimeSetUp]
    public void StartServices()
    {
        _services[false] = new HappinessApiFactory();
        _services[true] = new HappinessApiFactory(
            null, TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live).Append(new("PublicReport:RequireApiKey", "true")));
    }

    [OneTimeTearDown]
    public void StopServices()
    {
        foreach (var service in _services.Values)
        {
            service.Dispose();
        }
    }

    [TestCase(false, HttpStatusCode.OK)]
    [TestCase(true, HttpStatusCode.Unauthorized)]
    public async Task AnswersWithoutAKey_OnlyWhenNoKeyIsRequired(bool requireKey, HttpStatusCode expected)
    {
        using var anonymous = _services[requireKey].CreateApiClient();

        using var response = await anonymous.GetAsync(GetReportEndpoint.Route);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(expected));
            Assert.That(response.Headers.Contains("Cache-Control"), Is.EqualTo(!requireKey));
        }
    }

    [TestCase(false, HttpStatusCode.OK)]
    [TestCase(true, HttpStatusCode.Forbidden)]
    public async Task RefusesAKeyWithoutReportsRead_OnlyWhenAKeyIsRequired(bool requireKey, HttpStatusCode expected)
    {
        var service = _services[requireKey];
        using var helpdesk = service.CreateApiClient(
            await ApiKeyCalls.CreateKeyAsync(service, "helpdesk", "invitations:write"));

        using var response = await helpdesk.GetAsync(GetReportEndpoint.Route);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        if (requireKey)
        {
            Assert.That((await ApiCalls.ReadProblemAsync(response)).Code, Is.EqualTo("forbidden"));
        }
    }

    [TestCase(false, "public, max-age=60")]
    [TestCase(true, "private, no-cache")]
    public async Task AnswersAReportsReader_WithCachingToMatch(bool requireKey, string cacheControl)
    {
        using var reader = _services[requireKey].CreateApiClient(HappinessApiFactory.ReportsOnlyKey);

        using var response = await reader.GetAsync(GetReportEndpoint.Route);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(CacheControlOf(response), Is.EqualTo(cacheControl));
        }
    }

    [TestCase(false, true, new string[0])]
    [TestCase(true, false, new[] { "reports:read" })]
    public async Task DocumentsTheReport_AsTheSettingMakesIt(bool requireKey, bool isPublic, string[] scopes)
    {
        using var anonymous = _services[requireKey].CreateApiClient();

        var operations = await DocumentedOperation.LoadAsync(anonymous);

        var report = operations.Single(operation => operation.ToString() == $"GET {GetReportEndpoint.Route}");
        Assert.That((report.IsPublic, report.Scopes), Is.EqualTo((isPublic, scopes)));
    }
}
