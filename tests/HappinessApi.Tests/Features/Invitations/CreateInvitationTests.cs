using System.Net;
using System.Net.Http.Json;
using HappinessApi.Features.Invitations.Create;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Invitations;

public sealed class CreateInvitationTests : ApiTestFixture
{
    [Test]
    public async Task Returns201WithTokenAndLinks_WhenNew()
    {
        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, ApiCalls.InvitationBody("T-300"));

        var invitation = await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(ApiCalls.Json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(invitation!.Token, Does.StartWith("hr1."));
            Assert.That(invitation.ExpiresAt, Is.EqualTo(Factory.Time.GetUtcNow().AddDays(30)));
            Assert.That(invitation.Links.Great, Does.EndWith($"/r/{invitation.Token}/great"));
            Assert.That(invitation.Links.Ok, Does.EndWith($"/r/{invitation.Token}/ok"));
            Assert.That(invitation.Links.NotGood, Does.EndWith($"/r/{invitation.Token}/not_good"));
        }
    }

    [Test]
    public async Task Returns200WithSameInvitation_WhenSameTicketAndReplyAgain()
    {
        var first = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-301");

        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, ApiCalls.InvitationBody("T-301"));

        var again = await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(ApiCalls.Json);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again, Is.EqualTo(first));
            Assert.That((await Factory.Database.CountAsync()).Invitations, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task RenewsTokenOfSameInvitation_WhenStoredTokenHasExpired()
    {
        var first = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-308");
        Factory.Time.Advance(TimeSpan.FromDays(31));

        var renewed = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-308");

        var rating = await ApiCalls.RateAsync(Anonymous, renewed.Token, "great");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(renewed.Id, Is.EqualTo(first.Id));
            Assert.That(renewed.Token, Is.Not.EqualTo(first.Token));
            Assert.That(renewed.ExpiresAt, Is.EqualTo(Factory.Time.GetUtcNow().AddDays(30)));
            Assert.That(rating.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await Factory.Database.CountAsync()).Invitations, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task CreatesTwoInvitations_WhenSameTicketDifferentReplies()
    {
        await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, ApiCalls.InvitationBody("T-302", replyId: "r1"));

        var response = await Helpdesk.PostAsJsonAsync(
            CreateInvitationEndpoint.Route, ApiCalls.InvitationBody("T-302", replyId: null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((await Factory.Database.CountAsync()).Invitations, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task ExpiresWhenAsked_WhenExpiresInDaysIsGiven()
    {
        var body = new { ticketId = "T-306", agent = new { id = "a-1", name = "Ann" }, expiresInDays = 7 };

        var response = await Helpdesk.PostAsJsonAsync(CreateInvitationEndpoint.Route, body);

        var invitation = await response.Content.ReadFromJsonAsync<CreateInvitationResponse>(ApiCalls.Json);
        Assert.That(invitation!.ExpiresAt, Is.EqualTo(Factory.Time.GetUtcNow().AddDays(7)));
    }
}
