using System.Net.Http.Json;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Ratings.List;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Features.Reports;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Ratings.Listing;

/// <summary>The calls of the ratings tests: invite and rate as a helpdesk and a customer, list as a reader.</summary>
public static class RatingCalls
{
    public static async Task<CreateInvitationResponse> InviteAsync(HttpClient helpdesk, ReportInvitation invitation)
    {
        var body = new
        {
            ticketId = invitation.TicketId ?? $"T-{Guid.NewGuid():N}",
            replyId = invitation.ReplyId,
            agent = new { id = invitation.AgentId, name = invitation.AgentName },
            team = invitation.Team,
            customer = invitation.CustomerId is null
                ? null
                : new { id = invitation.CustomerId, name = "Chloé Martin", email = "chloe@example.com" },
        };

        var response = await helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, body, ApiCalls.Json);
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(ApiCalls.Json))!;
    }

    public static async Task RateAsync(
        HttpClient anonymous, string token, string rating, string? comment = null, params string[] reasons)
    {
        var body = new { token, rating, comment, reasons = reasons.Length == 0 ? null : reasons };

        var response = await anonymous.PostAsJsonAsync(RecordRatingEndpoint.Route, body, ApiCalls.Json);

        response.EnsureSuccessStatusCode();
    }

    public static async Task<ListRatingsResponse> ListAsync(HttpClient reader, string query)
    {
        var response = await reader.GetAsync($"{ListRatingsEndpoint.Route}?{query}");
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<ListRatingsResponse>(ApiCalls.Json))!;
    }

    /// <summary>Follows the next links from the first page to the last, and returns every id in order.</summary>
    public static async Task<List<string>> WalkAsync(HttpClient reader, string query, Func<Task>? betweenPages = null)
    {
        var ids = new List<string>();
        var page = await ListAsync(reader, query);
        ids.AddRange(page.Items.Select(item => item.Id));
        while (page.Next is { } next)
        {
            await (betweenPages?.Invoke() ?? Task.CompletedTask);
            page = (await reader.GetFromJsonAsync<ListRatingsResponse>(next, ApiCalls.Json))!;
            ids.AddRange(page.Items.Select(item => item.Id));
        }

        return ids;
    }
}
