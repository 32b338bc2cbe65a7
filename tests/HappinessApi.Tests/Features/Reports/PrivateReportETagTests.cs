using System.Net;
using HappinessApi.Features.Reports.GetAgents;
using HappinessApi.Features.Reports.GetReasons;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Features.Reports.GetTeams;
using HappinessApi.Features.Reports.GetTrend;
using static HappinessApi.Tests.Features.Reports.ConditionalRequests;

namespace HappinessApi.Tests.Features.Reports;

public sealed class PrivateReportETagTests : ReportTestFixture
{
    private const string March = "from=2026-03-01&to=2026-03-31";

    private const string SummaryUrl = GetReportSummaryEndpoint.Route + "?" + March;

    private static readonly string[] Routes =
    [
        GetReportSummaryEndpoint.Route,
        GetReportTrendEndpoint.Route,
        GetReportAgentsEndpoint.Route,
        GetReportTeamsEndpoint.Route,
        GetReportReasonsEndpoint.Route,
    ];

    [TestCaseSource(nameof(Routes))]
    public async Task SendsETagAndPrivateCaching_WhenAskedWithAKey(string route)
    {
        var response = await ConditionalGetAsync(Helpdesk, $"{route}?{March}", null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Headers.ETag?.IsWeak, Is.False);
            Assert.That(CacheControlOf(response), Is.EqualTo("private, no-cache"));
            Assert.That(response.Headers.Vary, Is.EquivalentTo(new[] { "Authorization" }));
        }
    }

    [Test]
    public async Task Returns304WithoutBody_WhenIfNoneMatchHasTheETag()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation(), "great", "ok");
        var first = await ConditionalGetAsync(Helpdesk, SummaryUrl, null);

        var again = await ConditionalGetAsync(Helpdesk, SummaryUrl, ETagOf(first));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
            Assert.That(ETagOf(again), Is.EqualTo(ETagOf(first)));
            Assert.That(CacheControlOf(again), Is.EqualTo("private, no-cache"));
            Assert.That(again.Headers.Vary, Is.EquivalentTo(new[] { "Authorization" }));
        }
    }

    [Test]
    public async Task ChangesETagAndSendsTheReport_WhenARatingArrivedSince()
    {
        At("2026-03-10T09:00:00Z");
        await RateManyAsync(new ReportInvitation(), "great");
        var first = await ConditionalGetAsync(Helpdesk, SummaryUrl, null);
        await RateManyAsync(new ReportInvitation(), "not_good");

        var again = await ConditionalGetAsync(Helpdesk, SummaryUrl, ETagOf(first));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ETagOf(again), Is.Not.EqualTo(ETagOf(first)));
        }
    }

    [Test]
    public async Task Returns304_WhenIfNoneMatchIsAnyOrTheWeakForm()
    {
        var first = await ConditionalGetAsync(Helpdesk, SummaryUrl, null);

        var any = await ConditionalGetAsync(Helpdesk, SummaryUrl, "*");
        var weak = await ConditionalGetAsync(Helpdesk, SummaryUrl, Weak(ETagOf(first)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(any.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(weak.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        }
    }

    [Test]
    public async Task Returns401_WhenTheETagMatchesButNoKeyIsSent()
    {
        var first = await ConditionalGetAsync(Helpdesk, SummaryUrl, null);

        var response = await ConditionalGetAsync(Anonymous, SummaryUrl, ETagOf(first));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.ETag, Is.Null);
        }
    }
}
