using System.Net.Http.Json;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Features.Ratings.Write;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Write;

/// <summary>The calls of a helpdesk that posts, with its key, ratings it captured itself.</summary>
public static class WriteRatingCalls
{
    public static string RouteOf(string invitationId) => WriteRatingEndpoint.Route.Replace("{id}", invitationId);

    public static Task<HttpResponseMessage> PutAsync(HttpClient client, string invitationId, object body) =>
        client.PutAsJsonAsync(RouteOf(invitationId), body, ApiCalls.Json);

    public static async Task<RecordRatingResponse> WriteAsync(HttpClient client, string invitationId, object body)
    {
        var response = await PutAsync(client, invitationId, body);
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<RecordRatingResponse>(ApiCalls.Json))!;
    }
}
