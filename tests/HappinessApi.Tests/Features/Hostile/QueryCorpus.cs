using HappinessApi.Features.Reports.GetAgents;
using HappinessApi.Features.Reports.GetReasons;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Features.Reports.GetTeams;
using HappinessApi.Features.Reports.GetTrend;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>Report parameters out of range or of the wrong shape, on the public and the private reports.</summary>
public static class QueryCorpus
{
    private static readonly string[] LastValues =
    [
        "0", "1001", "-1", "1e3", "abc", "", "1.5", "99999999999999999999", "0x10", "%00", "1&last=2", "%D9%A1%D9%A0",
    ];

    public static IEnumerable<HostileRequest> Cases()
    {
        foreach (var last in LastValues)
        {
            var route = $"{GetReportEndpoint.Route}?last={last}";
            yield return Refused($"report: last={last}", route, "last", HostileCaller.Anonymous);
        }

        yield return Private("offset for a time zone", GetReportSummaryEndpoint.Route, "tz=UTC%2B1", "tz");
        yield return Private("time zone of 3000 letters", GetReportSummaryEndpoint.Route, $"tz={new string('z', 3000)}",
            "tz");
        yield return Private("the machine's time zone", GetReportAgentsEndpoint.Route, "tz=local", "tz");
        yield return Private("path for a time zone", GetReportTeamsEndpoint.Route, "tz=..%2F..%2F", "tz");
        yield return Private("month 13", GetReportSummaryEndpoint.Route, "from=2026-13-01", "from");
        yield return Private("29 February of a common year", GetReportSummaryEndpoint.Route, "to=2026-02-29", "to");
        yield return Private("date with a time", GetReportSummaryEndpoint.Route, "from=2026-03-01T00:00", "from");
        yield return Private("date without dashes", GetReportReasonsEndpoint.Route, "from=20260301", "from");
        yield return Private("from given twice", GetReportReasonsEndpoint.Route, "from=2026-01-01&from=2026-02-01",
            "from");
        yield return Private("NUL for a date", GetReportTeamsEndpoint.Route, "to=%00", "to");
        yield return Private("last day of the calendar, far east", GetReportSummaryEndpoint.Route,
            "from=9999-12-25&tz=Pacific/Kiritimati", "from");
        yield return Private("first day of the calendar, far west", GetReportTrendEndpoint.Route,
            "from=0001-01-01&to=0001-01-31&tz=Pacific/Pago_Pago", "from");
        yield return Private("bucket of an hour", GetReportTrendEndpoint.Route, "bucket=hour", "bucket");
        yield return Private("bucket given twice", GetReportTrendEndpoint.Route, "bucket=week&bucket=month", "bucket");
    }

    private static HostileRequest Private(string name, string route, string query, string field) =>
        Refused($"{route[(route.LastIndexOf('/') + 1)..]}: {name}", $"{route}?{query}", field, HostileCaller.Reporter);

    private static HostileRequest Refused(string name, string route, string field, HostileCaller caller) =>
        new(name, HttpMethod.Get, route, 400, "validation_failed") { Caller = caller, Field = field };
}
