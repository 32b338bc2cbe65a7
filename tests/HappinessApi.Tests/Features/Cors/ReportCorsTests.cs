using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Reasons.List;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Tests.Infrastructure;
using static HappinessApi.Tests.Features.Cors.CorsRequests;

namespace HappinessApi.Tests.Features.Cors;

public sealed class ReportCorsTests
{
    private const string Allowed = "https://status.example.com";

    private const string Stranger = "https://elsewhere.example.org";

    private HappinessApiFactory _service = null!;

    private HttpClient _browser = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        _service = new HappinessApiFactory(null, TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live)
            .Append(new("PublicReport:AllowedOrigins:0", Allowed))
            .Append(new("PublicReport:AllowedOrigins:1", "http://localhost:3000")));
        _browser = _service.CreateApiClient(HappinessApiFactory.AdminKey);
    }

    [OneTimeTearDown]
    public void StopService()
    {
        _browser.Dispose();
        _service.Dispose();
    }

    [Test]
    public async Task AllowsThePreflight_WhenTheOriginIsConfigured()
    {
        using var response = await SendAsync(Preflight(GetReportEndpoint.Route, Allowed, "GET"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(Allowed));
            Assert.That(Header(response, "Access-Control-Allow-Methods"), Is.EqualTo("GET"));
            Assert.That(Header(response, "Access-Control-Allow-Headers"), Is.EqualTo("Authorization,If-None-Match"));
            Assert.That(Header(response, "Access-Control-Max-Age"), Is.EqualTo("3600"));
        }
    }

    [Test]
    public async Task AllowsNothingInThePreflight_WhenTheOriginIsNotConfigured()
    {
        using var response = await SendAsync(Preflight(GetReportEndpoint.Route, Stranger, "GET"));

        Assert.That(CorsHeadersOf(response), Is.Empty);
    }

    [Test]
    public async Task SharesTheReportAndItsETag_WhenTheOriginIsConfigured()
    {
        using var response = await SendAsync(Get(GetReportEndpoint.Route, Allowed));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo(Allowed));
            Assert.That(Header(response, "Access-Control-Expose-Headers"), Is.EqualTo("ETag,Retry-After"));
            Assert.That(response.Headers.Vary, Is.EqualTo(new[] { "Origin" }));
        }
    }

    [Test]
    public async Task SendsNoCorsHeadersButVariesByOrigin_WhenTheOriginIsNotConfigured()
    {
        using var response = await SendAsync(Get(GetReportEndpoint.Route, Stranger));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(CorsHeadersOf(response), Is.Empty);
            Assert.That(response.Headers.Vary, Is.EqualTo(new[] { "Origin" }));
        }
    }

    [TestCase(ListReasonsEndpoint.Route, "GET", HttpStatusCode.OK)]
    [TestCase(GetReportSummaryEndpoint.Route, "GET", HttpStatusCode.OK)]
    [TestCase(CreateInvitationEndpoint.Route, "POST", HttpStatusCode.BadRequest)]
    public async Task SendsNoCorsHeaders_OnAnyOtherRoute(string route, string method, HttpStatusCode status)
    {
        using var preflight = await SendAsync(Preflight(route, Allowed, method));
        using var request = new HttpRequestMessage(new HttpMethod(method), route);
        request.Headers.Add("Origin", Allowed);
        request.Content = method == "POST" ? JsonContent.Create(new { }) : null;
        using var simple = await SendAsync(request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(preflight.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(simple.StatusCode, Is.EqualTo(status));
            Assert.That(CorsHeadersOf(preflight), Is.Empty);
            Assert.That(CorsHeadersOf(simple), Is.Empty);
            Assert.That(simple.Headers.Vary, Does.Not.Contain("Origin"));
        }
    }

    [Test]
    public async Task SendsNoCorsHeaders_WhenNoOriginIsConfigured()
    {
        using var service = new HappinessApiFactory();
        using var browser = service.CreateApiClient();

        using var response = await browser.SendAsync(Get(GetReportEndpoint.Route, Allowed));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(CorsHeadersOf(response), Is.Empty);
            Assert.That(response.Headers.Vary, Is.Empty);
        }
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _browser.SendAsync(request);
}
