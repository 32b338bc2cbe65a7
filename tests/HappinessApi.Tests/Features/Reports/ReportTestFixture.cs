using System.Net.Http.Json;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Features.Ratings.Record;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Reports;

/// <summary>A running service with a reports reader, and helpers that invite and rate at exact instants.</summary>
public abstract class ReportTestFixture : ApiTestFixture
{
    protected HttpClient Reports { get; private set; } = null!;

    [OneTimeSetUp]
    public void CreateReportsClient() => Reports = Factory.CreateApiClient(HappinessApiFactory.ReportsOnlyKey);

    [OneTimeTearDown]
    public void DisposeReportsClient() => Reports.Dispose();

    /// <summary>Sets the service clock, which may go back: each test places its own ratings.</summary>
    protected void At(string instant) => Factory.Time.AdjustTime(DateTimeOffset.Parse(instant, null));

    protected async Task<CreateInvitationResponse> InviteAsync(ReportInvitation invitation)
    {
        var body = new
        {
            ticketId = invitation.TicketId ?? $"T-{Guid.NewGuid():N}",
            replyId = invitation.ReplyId,
            agent = new { id = invitation.AgentId, name = invitation.AgentName },
            team = invitation.Team,
            customer = invitation.CustomerId is null ? null : new { id = invitation.CustomerId },
        };

        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, body, ApiCalls.Json);
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(ApiCalls.Json))!;
    }

    protected async Task RateAsync(string token, string rating, params string[] reasons)
    {
        var body = new { token, rating, reasons = reasons.Length == 0 ? null : reasons };

        var response = await Anonymous.PostAsJsonAsync(RecordRatingEndpoint.Route, body, ApiCalls.Json);

        response.EnsureSuccessStatusCode();
    }

    /// <summary>Invites and rates at the current clock, once per rating given.</summary>
    protected async Task RateManyAsync(ReportInvitation invitation, params string[] ratings)
    {
        foreach (var rating in ratings)
        {
            var created = await InviteAsync(invitation with { TicketId = null });
            await RateAsync(created.Token, rating);
        }
    }

    protected async Task<T> GetAsync<T>(string route, string query = "")
    {
        var response = await Reports.GetAsync($"{route}?{query}");
        response.EnsureSuccessStatusCode();

        return (await response.Content.ReadFromJsonAsync<T>(ApiCalls.Json))!;
    }

    protected static string[] Repeat(string rating, int count) => [.. Enumerable.Repeat(rating, count)];
}

/// <summary>Who an invitation credits, and whom it was sent to.</summary>
public sealed record ReportInvitation(
    string AgentId = "ann",
    string AgentName = "Ann",
    string? Team = "support",
    string? CustomerId = null,
    string? TicketId = null,
    string ReplyId = "r1");
