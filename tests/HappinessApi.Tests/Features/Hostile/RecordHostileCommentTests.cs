using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>
/// Comments that look like SQL or script are plain text: stored and reported exactly as given, and the
/// database is left as it was.
/// </summary>
public sealed class RecordHostileCommentTests : ApiTestFixture
{
    private static readonly string[] SqlLike =
    [
        "'; DROP TABLE ratings; --",
        "Robert'); DROP TABLE invitations;--",
        "1' OR '1'='1",
        "\" OR \"\"=\"",
        "' UNION SELECT token, ticket_id FROM invitations --",
        "x'; ATTACH DATABASE 'stolen.db' AS stolen; --",
        "0; PRAGMA writable_schema = 1; DELETE FROM sqlite_schema; --",
        "%' AND 1=0 UNION ALL SELECT NULL, sqlite_version() --",
        "\\'; SELECT load_extension('evil'); --",
    ];

    private static readonly string[] ScriptLike =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "javascript:alert(document.cookie)",
        "\"><iframe src=//example.com></iframe>",
        "{{constructor.constructor('alert(1)')()}}",
        "${7*7} #{7*7} <%= 7*7 %>",
        "]]><!-- --><![CDATA[",
        "&lt;b&gt;already escaped&lt;/b&gt; &amp; &#x27;",
        "=HYPERLINK(\"http://example.com\",\"click\")",
        "Line one\r\nX-Injected: header",
        "\u202Egnp.exe",
    ];

    [TestCaseSource(nameof(SqlLike))]
    [TestCaseSource(nameof(ScriptLike))]
    public async Task StoresAndReportsCommentVerbatim_WhenItLooksLikeCode(string comment)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-750");
        var tables = await Factory.Database.TableNamesAsync();

        var response = await ApiCalls.RateAsync(Anonymous, invitation.Token, "not_good", comment);

        var recorded = await response.Content.ReadFromJsonAsync<RecordRatingResponse>(ApiCalls.Json);
        var report = await ApiCalls.GetReportAsync(Anonymous);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(recorded!.Comment, Is.EqualTo(comment));
            Assert.That(await Factory.Database.CurrentCommentAsync(), Is.EqualTo(comment));
            Assert.That(report.Ratings.Single().Comment, Is.EqualTo(comment));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(new StoredCounts(1, 1, 1)));
            Assert.That(await Factory.Database.TableNamesAsync(), Is.EqualTo(tables));
            Assert.That(await Factory.Database.IntegrityCheckAsync(), Is.EqualTo("ok"));
        }
    }
}
