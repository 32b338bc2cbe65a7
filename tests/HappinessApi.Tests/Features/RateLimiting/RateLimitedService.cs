using System.Globalization;
using System.Net;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.RateLimiting;

/// <summary>A service that lets one client make <see cref="Limit"/> public requests an hour.</summary>
public static class RateLimitedService
{
    public const int Limit = 5;

    // An hour, not a minute, so that a slow machine cannot cross into a fresh window mid-test.
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public static HappinessApiFactory Start(params KeyValuePair<string, string?>[] settings) => new(
        null,
        [
            .. TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live),
            new("RateLimiting:PermitLimit", Limit.ToString(CultureInfo.InvariantCulture)),
            new("RateLimiting:Window", Window.ToString("c", CultureInfo.InvariantCulture)),
            .. settings,
        ]);

    public static async Task SpendLimitAsync(HttpClient client, string? forwardedFor = null)
    {
        var statuses = await GetReportTimesAsync(client, Limit, _ => forwardedFor);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK), "the requests within the limit");
    }

    public static async Task<HttpStatusCode[]> GetReportTimesAsync(
        HttpClient client, int times, Func<int, string?> forwardedFor)
    {
        var statuses = new HttpStatusCode[times];
        for (var index = 0; index < times; index++)
        {
            using var response = await GetReportAsync(client, forwardedFor(index));
            statuses[index] = response.StatusCode;
        }

        return statuses;
    }

    public static async Task<HttpResponseMessage> GetReportAsync(HttpClient client, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, GetReportEndpoint.Route);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }

    public static string Client(int index) => $"203.0.113.{index + 1}";
}
