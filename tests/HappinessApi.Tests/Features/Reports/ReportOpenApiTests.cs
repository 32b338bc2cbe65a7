using System.Text.Json.Nodes;
using HappinessApi.Features.Reports.GetAgents;
using HappinessApi.Features.Reports.GetReasons;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Features.Reports.GetTeams;
using HappinessApi.Features.Reports.GetTrend;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reports;

public sealed class ReportOpenApiTests : ApiTestFixture
{
    [TestCase(GetReportSummaryEndpoint.Route, new[] { "from", "to", "tz", "team", "agent" })]
    [TestCase(GetReportTrendEndpoint.Route, new[] { "from", "to", "tz", "team", "agent", "bucket" })]
    [TestCase(GetReportAgentsEndpoint.Route, new[] { "from", "to", "tz", "team" })]
    [TestCase(GetReportTeamsEndpoint.Route, new[] { "from", "to", "tz", "agent" })]
    [TestCase(GetReportReasonsEndpoint.Route, new[] { "from", "to", "tz", "team", "agent" })]
    public async Task DocumentsQueryParametersAndKey_WhenRouteIsAReport(string route, string[] parameters)
    {
        var document = JsonNode.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json"))!;

        var operation = document["paths"]![route]!["get"]!;
        var names = operation["parameters"]!.AsArray()
            .Where(parameter => parameter!["in"]!.GetValue<string>() == "query")
            .Select(parameter => parameter!["name"]!.GetValue<string>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Is.EquivalentTo(parameters));
            Assert.That(operation["security"], Is.Not.Null);
            Assert.That(operation["responses"]!["403"], Is.Not.Null);
        }
    }
}
