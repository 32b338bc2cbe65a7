using System.Net;
using CsvHelper;
using HappinessApi.Features.Ratings.Export;
using HappinessApi.Tests.Features.Ratings.Listing;
using HappinessApi.Tests.Features.Reports;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Export;

public sealed class ExportRatingsTests : RatingsTestFixture
{
    private static readonly string[] Header =
    [
        "id", "ticketId", "replyId", "agentId", "agentName", "team", "rating", "reasons", "comment",
        "commentHidden", "suspect", "verdict", "ratedAt", "firstRatedAt",
    ];

    private static readonly string[] Comments =
    [
        "Très bien, merci ! Ça marche 👍🏽 — 日本語も",
        "He said \"fine\", then \"\"left\"\"",
        "line one\r\nline two\nline three\r",
        "commas, everywhere, ,,",
        "  spaces around  ",
        "tab\tinside",
        "",
    ];

    [Test]
    public async Task StartsWithAByteOrderMarkAndTheHeader_WhenExported()
    {
        var response = await Reader.GetAsync(ExportRatingsEndpoint.Route);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("ratings.csv"));
            Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(System.Text.Encoding.UTF8.GetString(bytes[3..]), Is.EqualTo(string.Join(',', Header) + "\r\n"));
        }
    }

    [Test]
    public async Task GivesBackEveryCommentAsWritten_WhenReadWithACsvParser()
    {
        At("2026-05-04T09:00:00Z");
        foreach (var comment in Comments)
        {
            Factory.Time.Advance(TimeSpan.FromMinutes(1));
            await RatedAsync("ok", comment: comment);
        }

        var records = await ExportAsync();

        Assert.That(records.Select(record => record["comment"]), Is.EqualTo(Comments.Reverse()));
    }

    [Test]
    public async Task ExportsEveryColumn_WhenARatingHasReasons()
    {
        At("2026-05-04T09:00:00Z");
        var id = await RatedAsync(
            "not_good", new ReportInvitation("a-7", "Zoë", null, TicketId: "T-9"), "Slow", "slow_response", "policy");

        var record = (await ExportAsync()).Single();

        Assert.That(record.Values, Is.EqualTo(new[]
        {
            id, "T-9", "r1", "a-7", "Zoë", "", "not_good", "policy slow_response", "Slow", "false", "false", "",
            "2026-05-04T09:00:00.000Z", "2026-05-04T09:00:00.000Z",
        }));
    }

    [Test]
    public async Task PutsAnApostropheBeforeFormulas_WhenACommentStartsLikeOne()
    {
        await RatedAsync("ok", comment: "=HYPERLINK(\"http://example.com\",\"x\")");
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await RatedAsync("ok", comment: "@SUM(A1:A9)");

        var records = await ExportAsync();

        Assert.That(
            records.Select(record => record["comment"]),
            Is.EqualTo(new[] { "'@SUM(A1:A9)", "'=HYPERLINK(\"http://example.com\",\"x\")" }));
    }

    [TestCase("rating=not_good", "C")]
    [TestCase("agent=bob", "B")]
    [TestCase("hasComment=true&team=billing", "B")]
    [TestCase("from=2026-05-02", "BC")]
    [TestCase("rating=great&agent=bob", "")]
    public async Task ExportsOnlyMatchingRatings_WhenCriteriaAreGiven(string query, string expected)
    {
        At("2026-05-01T10:00:00Z");
        var a = await RatedAsync("great", new ReportInvitation("ann"));
        At("2026-05-02T10:00:00Z");
        var b = await RatedAsync("ok", new ReportInvitation("bob", Team: "billing"), "Slow.", "slow_response");
        At("2026-05-03T10:00:00Z");
        var c = await RatedAsync("not_good", new ReportInvitation("ann", Team: "billing"), "", "policy");
        var letters = new Dictionary<string, char> { [a] = 'A', [b] = 'B', [c] = 'C' };

        var records = await ExportAsync(query);

        var exported = string.Concat(records.Select(record => letters[record["id"]]));
        Assert.That(exported, Is.EqualTo(new string([.. expected.Reverse()])));
    }

    [Test]
    public async Task ReturnsAProblemNotCsv_WhenACriterionIsInvalid()
    {
        var response = await Reader.GetAsync($"{ExportRatingsEndpoint.Route}?from=2026-13-01");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Errors!.Select(error => error.Name), Is.EqualTo(new[] { "from" }));
        }
    }

    /// <summary>Downloads the export and reads it back with CsvHelper, as a client would.</summary>
    private async Task<List<Dictionary<string, string>>> ExportAsync(string query = "")
    {
        var response = await Reader.GetAsync($"{ExportRatingsEndpoint.Route}?{query}");
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ',' });
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            records.Add(reader.Headers.Select((name, index) => (name, reader.GetString(index)))
                .ToDictionary(field => field.name, field => field.Item2));
        }

        Assert.That(reader.Headers, Is.EqualTo(Header));
        return records;
    }
}
