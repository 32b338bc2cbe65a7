using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Health;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Health;

public sealed class HealthTests : ApiTestFixture
{
    [Test]
    public async Task ReportsOk_WhenAlive()
    {
        var status = await Anonymous.GetFromJsonAsync<HealthStatusResponse>(GetHealthEndpoint.Route);

        Assert.That(status, Is.EqualTo(new HealthStatusResponse("ok")));
    }

    [Test]
    public async Task ReportsReady_WhenDatabaseIsMigrated()
    {
        var status = await Anonymous.GetFromJsonAsync<HealthStatusResponse>(GetReadinessEndpoint.Route);

        Assert.That(status, Is.EqualTo(new HealthStatusResponse("ready")));
    }

    [Test]
    public async Task Returns404Problem_WhenRouteIsUnknown()
    {
        var response = await Anonymous.GetAsync("/api/v1/nothing-here");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(problem.Code, Is.EqualTo("not_found"));
        }
    }

    [Test]
    public async Task Returns405Problem_WhenMethodIsWrong()
    {
        var response = await Anonymous.DeleteAsync("/api/v1/report");

        var problem = await ApiCalls.ReadProblemAsync(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(problem.Code, Is.EqualTo("method_not_allowed"));
        }
    }
}
