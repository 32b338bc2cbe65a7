using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Invitations;

public sealed class CreateInvitationRefusalTests : ApiTestFixture
{
    [TestCase(0)]
    [TestCase(91)]
    [TestCase(-1)]
    public async Task RefusesExpiresInDays_WhenOutsideConfiguredMaximum(int days)
    {
        var body = new { ticketId = "T-307", agent = new { id = "a-1", name = "Ann" }, expiresInDays = days };

        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, body);

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.Errors!.Select(error => error.Name), Is.EqualTo(new[] { "expiresInDays" }));
    }

    [Test]
    public async Task Returns401Problem_WhenNoApiKey()
    {
        var body = ApiCalls.InvitationBody("T-303");

        var response = await Anonymous.PostAsJsonAsync(CreateInvitationEndpoint.Route, body);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Test]
    public async Task Returns401Problem_WhenApiKeyIsUnknown()
    {
        using var stranger = Factory.CreateApiClient("not-a-configured-key-at-all");

        var response = await stranger.PostAsJsonAsync(CreateInvitationEndpoint.Route, ApiCalls.InvitationBody("T-304"));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Test]
    public async Task Returns403Problem_WhenApiKeyLacksScope()
    {
        using var reader = Factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);

        var response = await reader.PostAsJsonAsync(CreateInvitationEndpoint.Route, ApiCalls.InvitationBody("T-305"));

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Test]
    public async Task NamesEveryMissingField_WhenBodyIsEmpty()
    {
        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, new { });

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(
            problem.Errors!.Select(error => error.Name),
            Is.EquivalentTo(new[] { "ticketId", "agent.id", "agent.name" }));
    }

    [TestCase("""{"ticketId":"T","agent":{"id":"a","name":"A"},"locale":"english please"}""", "locale")]
    [TestCase("""{"ticketId":"T","agent":{"id":"a","name":"A"},"customer":{"email":"nope"}}""", "customer.email")]
    [TestCase("""{"ticketId":"T\u0000","agent":{"id":"a","name":"A"}}""", "ticketId")]
    public async Task NamesTheField_WhenAValueIsInvalid(string body, string field)
    {
        var response = await Helpdesk.PostAsync(
            CreateInvitationEndpoint.Route, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.Errors!.Select(error => error.Name), Does.Contain(field));
    }

    [TestCase("""{"ticketId":"T","agent":null}""", "agent")]
    [TestCase("""{"ticketId":"T\ud800","agent":{"id":"a","name":"A"}}""", "ticketId")]
    [TestCase("""{"ticketId":"T","agent":{"id":"\udfff-a","name":"A"}}""", "agent.id")]
    [TestCase("""{"ticketId":null,"agent":{"id":"a","name":"A"}}""", "ticketId")]
    [TestCase("""{"ticketId":"T","agent":{"id":null,"name":"A"}}""", "agent.id")]
    public async Task RefusesWhileBinding_WhenNullOrUnpairedSurrogate(string body, string field)
    {
        var response = await Helpdesk.PostAsync(
            CreateInvitationEndpoint.Route, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "invalid_json");
        Assert.That(problem.Errors!.Select(error => error.Name), Does.Contain(field));
    }

    [Test]
    public async Task RefusesReferences_WhenTooLongForAToken()
    {
        var body = new
        {
            ticketId = new string('t', 40),
            replyId = new string('r', 20),
            agent = new { id = "agent-1", name = "Ann" },
        };

        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, body);

        var problem = await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.That(problem.Errors!.Select(error => error.Name), Does.Contain("ticketId"));
    }

    private async Task<HappinessApi.Infrastructure.Errors.ApiProblem> AssertRefusedAsync(
        HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await ApiCalls.ReadProblemAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(problem.Code, Is.EqualTo(code));
            Assert.That(problem.Status, Is.EqualTo((int)status));
            Assert.That(await Factory.Database.CountAsync(), Is.EqualTo(StoredCounts.Empty));
        }

        return problem;
    }
}
