using System.Net.Http.Json;
using HappinessApi.Features.Reasons.List;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reasons;

public sealed class ListConfiguredReasonsTests
{
    [Test]
    public async Task ListsOnlyConfiguredReasons_WhenReasonsAreConfigured()
    {
        var settings = TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live).Concat(
        [
            new("Reasons:Items:0:Code", "billing_error"),
            new("Reasons:Items:0:Family", "outcome"),
            new("Reasons:Items:0:Labels:en", "The bill was wrong"),
            new("Reasons:Items:0:Labels:fr", "La facture était fausse"),
        ]);
        using var factory = new HappinessApiFactory(null, settings);
        using var client = factory.CreateApiClient();

        var response = await client.GetFromJsonAsync<ListReasonsResponse>(ListReasonsEndpoint.Route, ApiCalls.Json);

        Assert.That(response!.Reasons.Select(reason => reason.Code), Is.EqualTo(new[] { "billing_error" }));
    }
}
