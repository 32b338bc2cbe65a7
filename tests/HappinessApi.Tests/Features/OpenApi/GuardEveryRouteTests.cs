using System.Net;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Tests.Features.ApiKeys;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.OpenApi;

/// <summary>Walks every operation of the OpenAPI document and checks that it guards itself as documented.</summary>
public sealed class GuardEveryRouteTests : ApiTestFixture
{
    private readonly Dictionary<string, HttpClient> _clientsByScopes = new(StringComparer.Ordinal);

    [OneTimeTearDown]
    public void DisposeClients()
    {
        foreach (var client in _clientsByScopes.Values)
        {
            client.Dispose();
        }
    }

    [Test]
    public async Task DocumentsEveryOperation_AsPublicOrWithTheScopesItNeeds()
    {
        var operations = await DocumentedOperation.LoadAsync(Anonymous);

        using var scope = Assert.EnterMultipleScope();
        Assert.That(operations.Count(operation => operation.IsPublic == false), Is.GreaterThanOrEqualTo(6));
        Assert.That(operations.Count(operation => operation.IsPublic == true), Is.GreaterThanOrEqualTo(10));
        foreach (var operation in operations)
        {
            Assert.That(operation.IsPublic, Is.Not.Null, $"{operation} states no security");
            Assert.That(
                operation.Scopes,
                operation.IsPublic == true ? Is.Empty : Is.Not.Empty.And.SubsetOf(ApiScopes.All),
                operation.ToString());
        }
    }

    [Test]
    public async Task Returns401Problem_OnEveryPrivateRoute_WhenNoKeyIsSent()
    {
        var operations = await PrivateOperationsAsync();

        using var scope = Assert.EnterMultipleScope();
        foreach (var operation in operations)
        {
            using var response = await Anonymous.SendAsync(operation.ToRequest());
            await AssertRefusedAsync(response, operation, HttpStatusCode.Unauthorized, "unauthorized");
        }

        Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(StoredCounts.Empty));
    }

    [Test]
    public async Task Returns403Problem_OnEveryPrivateRoute_WhenKeyHasEveryScopeButItsOwn()
    {
        var operations = await PrivateOperationsAsync();

        using var scope = Assert.EnterMultipleScope();
        foreach (var operation in operations)
        {
            var others = ApiScopes.All.Except(operation.Scopes).Where(other => other != ApiScopes.Admin);
            var client = await ClientWithAsync(others);
            using var response = await client.SendAsync(operation.ToRequest());
            await AssertRefusedAsync(response, operation, HttpStatusCode.Forbidden, "forbidden");
        }

        Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(StoredCounts.Empty));
    }

    [Test]
    public async Task LetsTheRequestThrough_OnEveryPrivateRoute_WhenKeyHasOnlyItsScopes()
    {
        var operations = await PrivateOperationsAsync();

        using var scope = Assert.EnterMultipleScope();
        foreach (var operation in operations)
        {
            var client = await ClientWithAsync(operation.Scopes);
            using var response = await client.SendAsync(operation.ToRequest());
            AssertLetThrough(response, operation);
        }
    }

    [Test]
    public async Task LetsTheRequestThrough_OnEveryPublicRoute_WhenNoKeyIsSent()
    {
        var operations = await DocumentedOperation.LoadAsync(Anonymous);

        using var scope = Assert.EnterMultipleScope();
        foreach (var operation in operations.Where(operation => operation.IsPublic == true))
        {
            using var response = await Anonymous.SendAsync(operation.ToRequest());
            AssertLetThrough(response, operation);
        }
    }

    private async Task<List<DocumentedOperation>> PrivateOperationsAsync() =>
        [.. (await DocumentedOperation.LoadAsync(Anonymous)).Where(operation => operation.IsPublic == false)];

    private async Task<HttpClient> ClientWithAsync(IEnumerable<string> scopes)
    {
        var wanted = scopes.Order(StringComparer.Ordinal).ToArray();
        var cacheKey = string.Join(',', wanted);
        if (!_clientsByScopes.TryGetValue(cacheKey, out var client))
        {
            var key = await ApiKeyCalls.CreateKeyAsync(Factory, $"walk-{_clientsByScopes.Count}", wanted);
            client = _clientsByScopes[cacheKey] = Factory.CreateApiClient(key);
        }

        return client;
    }

    private static async Task AssertRefusedAsync(
        HttpResponseMessage response, DocumentedOperation operation, HttpStatusCode status, string code)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status), operation.ToString());
        if (operation.Method != "HEAD")
        {
            var problem = await ApiCalls.ReadProblemAsync(response);
            Assert.That((problem.Status, problem.Code), Is.EqualTo(((int)status, code)), operation.ToString());
        }
    }

    // Route values are made up, so a 400 or 404 is expected; an answer about the key, or a crash, is not.
    private static void AssertLetThrough(HttpResponseMessage response, DocumentedOperation operation) =>
        Assert.That(
            (int)response.StatusCode,
            Is.Not.AnyOf(401, 403).And.LessThan(500),
            $"{operation} answered {(int)response.StatusCode}");
}
