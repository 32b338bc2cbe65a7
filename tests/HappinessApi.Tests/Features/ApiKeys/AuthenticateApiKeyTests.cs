using System.Net;
using System.Security.Claims;
using HappinessApi.Features.Reports.GetSummary;
using HappinessApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HappinessApi.Tests.Features.ApiKeys;

public sealed class AuthenticateApiKeyTests : ApiTestFixture
{
    [Test]
    public async Task NamesTheStoredKeyInItsClaims_WhenAuthenticated()
    {
        var key = await ApiKeyCalls.CreateKeyAsync(Factory, "moderator", "ratings:moderate");

        var principal = await AuthenticateAsync(key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(principal!.Identity!.Name, Is.EqualTo("moderator"));
            Assert.That(principal.FindFirstValue(ClaimTypes.NameIdentifier), Is.EqualTo(key[3..19]));
            Assert.That(
                principal.FindAll("scope").Select(claim => claim.Value), Is.EqualTo(new[] { "ratings:moderate" }));
        }
    }

    [Test]
    public async Task NamesTheConfiguredKeyInItsClaims_WhenAuthenticated()
    {
        var principal = await AuthenticateAsync(HappinessApiFactory.AdminKey);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(principal!.Identity!.Name, Is.EqualTo("admin"));
            Assert.That(principal.FindFirstValue(ClaimTypes.NameIdentifier), Is.EqualTo("config:admin"));
        }
    }

    [TestCase(5)]
    [TestCase(40)]
    [TestCase(62)]
    public async Task Returns401_WhenOneCharacterOfAStoredKeyIsChanged(int position)
    {
        var key = await ApiKeyCalls.CreateKeyAsync(Factory, $"altered-{position}", "reports:read");
        var altered = string.Concat(key[..position], key[position] == 'a' ? "b" : "a", key[(position + 1)..]);
        using var client = Factory.CreateApiClient(altered);

        var response = await client.GetAsync(GetReportSummaryEndpoint.Route);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
        }
    }

    private async Task<ClaimsPrincipal?> AuthenticateAsync(string key)
    {
        using var scope = Factory.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = $"Bearer {key}";

        var result = await context.AuthenticateAsync();

        Assert.That(result.Succeeded, Is.True, result.Failure?.Message);
        return result.Principal;
    }
}
