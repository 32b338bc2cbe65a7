using System.Net.Http.Json;
using HappinessApi.Features.Reasons;
using HappinessApi.Features.Reasons.List;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reasons;

public sealed class ListReasonsTests : ApiTestFixture
{
    [Test]
    public async Task ListsDefaultReasonsWithFamiliesAndLabels_WhenNoneAreConfigured()
    {
        var response = await Anonymous.GetFromJsonAsync<ListReasonsResponse>(ListReasonsEndpoint.Route, ApiCalls.Json);

        var reasons = response!.Reasons.ToDictionary(reason => reason.Code);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                reasons.Keys,
                Is.SupersetOf(new[]
                {
                    "slow_response", "unhelpful_answer", "agent_attitude", "not_resolved",
                    "product_limitation", "policy", "other",
                }));
            Assert.That(reasons["slow_response"].Family, Is.EqualTo(ReasonFamily.Support));
            Assert.That(reasons["policy"].Family, Is.EqualTo(ReasonFamily.Outcome));
            Assert.That(reasons.Values.Select(reason => reason.Labels.Keys), Is.All.SupersetOf(new[] { "en", "fr" }));
        }
    }

    [Test]
    public async Task WritesFamiliesInLowerCase_WhenSerialized()
    {
        var body = await Anonymous.GetStringAsync(ListReasonsEndpoint.Route);

        Assert.That(body, Does.Contain("\"family\":\"support\"").And.Contain("\"family\":\"outcome\""));
    }
}
