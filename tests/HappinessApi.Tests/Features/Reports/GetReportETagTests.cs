using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Tests.Infrastructure;
using static HappinessApi.Tests.Features.Reports.ConditionalRequests;

namespace HappinessApi.Tests.Features.Reports;

public sealed class GetReportETagTests : ApiTestFixture
{
    private const string Url = GetReportEndpoint.Route + "?last=10";

    [Test]
    public async Task SendsStrongETagOfTheBodyAndPublicCaching_WhenFirstAsked()
    {
        await RateAsync(RatingValue.Great);

        var response = await ConditionalGetAsync(Anonymous, Url, null);

        var body = await response.Content.ReadAsByteArrayAsync();
        var expected = $"\"{Base64Url.EncodeToString(SHA256.HashData(body))}\"";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ETagOf(response), Is.EqualTo(expected));
            Assert.That(CacheControlOf(response), Is.EqualTo("public, max-age=60"));
            Assert.That(response.Headers.Vary, Is.Empty);
            Assert.That(
                response.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(body.Length));
        }
    }

    [Test]
    public async Task Returns304WithoutBody_WhenIfNoneMatchHasTheETag()
    {
        await RateAsync(RatingValue.Great);
        var first = await ConditionalGetAsync(Anonymous, Url, null);

        var again = await ConditionalGetAsync(Anonymous, Url, ETagOf(first));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
            Assert.That(ETagOf(again), Is.EqualTo(ETagOf(first)));
            Assert.That(CacheControlOf(again), Is.EqualTo("public, max-age=60"));
        }
    }

    [Test]
    public async Task ChangesETagAndSendsTheReport_WhenARatingArrivedSince()
    {
        await RateAsync(RatingValue.Great);
        var first = await ConditionalGetAsync(Anonymous, Url, null);
        await RateAsync(RatingValue.NotGood);

        var again = await ConditionalGetAsync(Anonymous, Url, ETagOf(first));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ETagOf(again), Is.Not.EqualTo(ETagOf(first)));
            Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain("not_good"));
        }
    }

    [Test]
    public async Task KeepsTheETag_WhenDataAndQueryAreTheSame()
    {
        await RateAsync(RatingValue.Ok);

        var first = await ConditionalGetAsync(Anonymous, Url, null);
        var second = await ConditionalGetAsync(Anonymous, Url, null);

        Assert.That(ETagOf(second), Is.EqualTo(ETagOf(first)));
    }

    [TestCase("*")]
    [TestCase("\"other\", *")]
    public async Task Returns304_WhenIfNoneMatchIsAnyTag(string ifNoneMatch)
    {
        await RateAsync(RatingValue.Great);

        var response = await ConditionalGetAsync(Anonymous, Url, ifNoneMatch);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task Returns304_WhenIfNoneMatchListsTheWeakFormAmongOthers()
    {
        await RateAsync(RatingValue.Great);
        var first = await ConditionalGetAsync(Anonymous, Url, null);

        var again = await ConditionalGetAsync(Anonymous, Url, $"\"other\", {Weak(ETagOf(first))}");

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [TestCase("\"other\"")]
    [TestCase("not-a-tag")]
    public async Task SendsTheReport_WhenIfNoneMatchDoesNotMatch(string ifNoneMatch)
    {
        await RateAsync(RatingValue.Great);

        var response = await ConditionalGetAsync(Anonymous, Url, ifNoneMatch);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("great"));
        }
    }

    [Test]
    public async Task SendsNoETag_WhenTheQueryIsRefused()
    {
        var response = await ConditionalGetAsync(Anonymous, GetReportEndpoint.Route + "?last=0", "*");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Headers.ETag, Is.Null);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("validation_failed"));
        }
    }

    private async Task RateAsync(RatingValue rating)
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, $"T-{Guid.NewGuid():N}"[..20]);
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        await ApiCalls.RateOkAsync(Anonymous, invitation.Token, rating);
    }
}
