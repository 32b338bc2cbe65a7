using System.Net;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Hostile;

/// <summary>
/// A query parameter given twice is refused: the framework would join the values with a comma and answer for a
/// team, a window or a filter nobody asked for.
/// </summary>
public sealed class RefuseRepeatedQueryTests : ApiTestFixture
{
    [TestCase("/api/v1/report?team=alpha&team=beta", "team")]
    [TestCase("/api/v1/report?last=5&since=2026-01-01&last=6", "last")]
    [TestCase("/api/v1/report/summary?tz=UTC&tz=Europe/Paris", "tz")]
    [TestCase("/api/v1/report/trend?bucket=day&bucket=week", "bucket")]
    [TestCase("/api/v1/ratings?rating=ok&rating=great", "rating")]
    [TestCase("/api/v1/ratings/export.csv?agent=a&Agent=b", "agent")]
    public async Task RefusesNamingTheParameter_WhenAQueryParameterIsRepeated(string route, string name)
    {
        using var admin = Factory.CreateApiClient(HappinessApiFactory.AdminKey);

        var response = await admin.GetAsync(route);

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.Code, Is.EqualTo("validation_failed"));
            Assert.That(
                problem.Errors!.Select(error => (error.Name, error.Code)),
                Is.EqualTo(new[] { (name, "repeated_parameter") }));
        }
    }

    [Test]
    public async Task AcceptsEachParameterOnce_WhenSeveralAreGiven()
    {
        var response = await Anonymous.GetAsync("/api/v1/report?team=alpha&last=5&since=2026-01-01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
