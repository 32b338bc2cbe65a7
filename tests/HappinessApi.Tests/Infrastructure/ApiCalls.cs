using System.Net.Http.Json;
using System.Text.Json;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Features.Reports.GetReport;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Infrastructure.Json;

namespace HappinessApi.Tests.Infrastructure;

/// <summary>The calls a helpdesk and a customer make, with the routes the endpoints declare.</summary>
public static class ApiCalls
{
    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    public static object InvitationBody(string ticketId, string agentName = "Ann", string? replyId = "r1") => new
    {
        ticketId,
        replyId,
        agent = new { id = "agent-" + agentName.ToLowerInvariant(), name = agentName },
        team = "support",
        customer = new { id = "c-1", name = "Chloé Martin", email = "chloe@example.com" },
        locale = "en",
    };

    public static async Task<CreateInvitationResponse> CreateInvitationAsync(
        HttpClient client, string ticketId, string agentName = "Ann")
    {
        var response = await client.PostAsJsonAsync(
            CreateInvitationEndpoint.Route, InvitationBody(ticketId, agentName), Json);
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(Json))!;
    }

    public static Task<HttpResponseMessage> RateAsync(
        HttpClient client, string token, string rating, string? comment = null) =>
        client.PostAsJsonAsync(RecordRatingEndpoint.Route, new { token, rating, comment }, Json);

    public static async Task<RecordRatingResponse> RateOkAsync(
        HttpClient client, string token, RatingValue rating, string? comment = null)
    {
        var response = await RateAsync(client, token, RatingValues.ToWire(rating), comment);
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<RecordRatingResponse>(Json))!;
    }

    public static async Task<GetReportResponse> GetReportAsync(HttpClient client, int last = 100)
    {
        var response = await client.GetAsync($"{GetReportEndpoint.Route}?last={last}");
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<GetReportResponse>(Json))!;
    }

    /// <summary>
    /// Posts with "Expect: 100-continue", so a body the server refuses by its length alone is not
    /// sent, and the refusal is read instead of a connection reset while still uploading.
    /// </summary>
    public static Task<HttpResponseMessage> SendWaitingForContinueAsync(
        HttpClient client, string route, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = content };
        request.Headers.ExpectContinue = true;

        return client.SendAsync(request);
    }

    public static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));

        return (await response.Content.ReadFromJsonAsync<ApiProblem>(Json))!;
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonConfiguration.Apply(options);
        return options;
    }
}
