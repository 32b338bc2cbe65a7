using System.Text.Json.Nodes;
using HappinessApi.Features.Reports.GetAgents;
using HappinessApi.Features.Reports.GetReasons;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Features.Reports.GetTeams;
using HappinessApi.Features.Reports.GetTrend;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reports;

public sealed class ReportETagOpenApiTests : ApiTestFixture
{
    [TestCase(GetReportEndpoint.Route)]
    [TestCase(GetReportSummaryEndpoint.Route)]
    [TestCase(GetReportTrendEndpoint.Route)]
    [TestCase(GetReportAgentsEndpoint.Route)]
    [TestCase(GetReportTeamsEndpoint.Route)]
    [TestCase(GetReportReasonsEndpoint.Route)]
    public async Task Documents304AlongsideItsOtherResponses_WhenRouteIsAReport(string route)
    {
        var document = JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;

        var responses = document["paths"]![route]!["get"]!["responses"]!.AsObject();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(responses["304"], Is.Not.Null);
            Assert.That(responses["200"], Is.Not.Null);
            Assert.That(responses["400"], Is.Not.Null);
        }
    }
}
