using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Seeding;

/// <summary>An agent; <c>GreatShift</c> moves their share of great (from not good) so agents differ.</summary>
internal sealed record SampleAgent(string Id, string Name, string Team, double GreatShift);

internal sealed record SampleCustomer(string Id, string Name, string Email, string Locale);

internal sealed record SampleTicket(string Id, SampleAgent Agent, SampleCustomer Customer, int Replies);

internal sealed record SampleInvitation(
    string Id,
    string TicketId,
    string ReplyId,
    SampleAgent Agent,
    SampleCustomer Customer,
    long CreatedAt,
    long ExpiresAt,
    SampleRating? Rating);

/// <summary>A sample answer; <c>Reasons</c> holds sorted codes joined by commas, as the service stores them.</summary>
internal sealed record SampleRating(RatingValue Rating, string? Comment, string Reasons, long RatedAt)
{
    public IEnumerable<string> ReasonCodes => Reasons.Length == 0 ? [] : Reasons.Split(',');
}
