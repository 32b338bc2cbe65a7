using System.Buffers.Text;
using System.Net;
using HappinessApi.Features.Ratings.Export;
using HappinessApi.Features.Ratings.List;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Listing;

public sealed class ListRatingsRefusalTests : RatingsTestFixture
{
    private static readonly string[] Routes = [ListRatingsEndpoint.Route, ExportRatingsEndpoint.Route];

    [TestCaseSource(nameof(Routes))]
    public async Task Returns401_WhenNoApiKeyIsSent(string route)
    {
        var response = await Anonymous.GetAsync(route);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [TestCaseSource(nameof(Routes))]
    public async Task Returns403_WhenApiKeyLacksRatingsReadScope(string route)
    {
        using var reports = Factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);

        var refusals = new[] { await reports.GetAsync(route), await Moderator.GetAsync(route) };

        foreach (var response in refusals)
        {
            await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "forbidden");
        }
    }

    [TestCase("limit=0", "limit")]
    [TestCase("limit=501", "limit")]
    [TestCase("limit=ten", "limit")]
    [TestCase("from=2026-02-30", "from")]
    [TestCase("from=2026-05-01T10:00:00", "from")]
    [TestCase("from=2026-05-01T10:00:00+02:00", "from")]
    [TestCase("to=yesterday", "to")]
    [TestCase("to=0001-01-01T00:00:00Z", "to")]
    [TestCase("from=2026-05-03&to=2026-05-02", "from")]
    [TestCase("from=2026-05-02T10:00:00Z&to=2026-05-02T10:00:00Z", "from")]
    [TestCase("rating=bad", "rating")]
    [TestCase("rating=ok,", "rating")]
    [TestCase("rating=Great", "rating")]
    [TestCase("reason=unknown_reason", "reason")]
    [TestCase("tz=Mars/Olympus", "tz")]
    [TestCase("hasComment=yes", "hasComment")]
    [TestCase("suspect=2", "suspect")]
    public async Task NamesTheParameter_WhenAValueIsInvalid(string query, string field)
    {
        var response = await Reader.GetAsync($"{ListRatingsEndpoint.Route}?{query}");

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.Errors!.Select(error => error.Name), Is.EqualTo(new[] { field }));
    }

    [TestCase("not base64!")]
    [TestCase("AAAA")]
    [TestCase("AQAAAAAAAAAAAAAAAAAAAAAx=")]
    public async Task ReturnsInvalidCursor_WhenCursorDoesNotDecode(string cursor)
    {
        var response = await Reader.GetAsync($"{ListRatingsEndpoint.Route}?cursor={Uri.EscapeDataString(cursor)}");

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ProblemCodes.InvalidCursor);
        Assert.That(problem.Errors!.Single().Name, Is.EqualTo("cursor"));
    }

    [Test]
    public async Task ReturnsInvalidCursor_WhenCursorWasMadeForOtherCriteria()
    {
        await RatedAsync("ok");
        await RatedAsync("ok");
        var cursor = CursorOf((await ListAsync("rating=ok&limit=1")).Next!);

        var response = await Reader.GetAsync($"{ListRatingsEndpoint.Route}?rating=great&limit=1&cursor={cursor}");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ProblemCodes.InvalidCursor);
    }

    [Test]
    public async Task ReturnsInvalidCursor_WhenCursorIdWasTamperedWith()
    {
        await RatedAsync("ok");
        await RatedAsync("ok");
        var bytes = Base64Url.DecodeFromChars(CursorOf((await ListAsync("limit=1")).Next!));
        bytes[^1] = (byte)'\'';

        var response = await Reader.GetAsync(
            $"{ListRatingsEndpoint.Route}?limit=1&cursor={Base64Url.EncodeToString(bytes)}");

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, ProblemCodes.InvalidCursor);
    }

    private static string CursorOf(string next) => next.Split("cursor=")[1];

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
