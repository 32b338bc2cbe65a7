using System.Net.Http.Json;
using HappinessApi.Features.Ratings.Moderate;
using HappinessApi.Tests.Features.Landing;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Webhooks;

/// <summary>A verdict that makes a suspect rating count announces it, as a customer's confirmation would.</summary>
public sealed class WebhookModerationEventsTests : WebhookTestFixture
{
    [Test]
    public async Task FiresOneCreated_WhenAModeratorJudgesASuspectRatingGenuine()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var invitation = await ApiCalls.CreateInvitationAsync(Admin, "T-verdict-1");
        await LandingCalls.SubmitAsync(Anonymous, invitation.Token, "not_good", stamp: "1780000000000.forged");

        await JudgeAsync(invitation.Id, "genuine");
        await RateAsync(invitation.Token, "not_good");
        await WaitUntilSentAsync();

        var created = Receiver.Received.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Type, Is.EqualTo("rating.created"));
            Assert.That(created.HasValidSignature, Is.True);
            Assert.That(created.Data.GetProperty("rating").GetString(), Is.EqualTo("not_good"));
            Assert.That(created.Data.GetProperty("ticketId").GetString(), Is.EqualTo("T-verdict-1"));
        }
    }

    [Test]
    public async Task FiresNothing_WhenAModeratorJudgesASuspectRatingVoid()
    {
        await WebhookCalls.SubscribeAsync(Admin, Receiver.Url);
        var invitation = await ApiCalls.CreateInvitationAsync(Admin, "T-verdict-2");
        await LandingCalls.SubmitAsync(Anonymous, invitation.Token, "great", stamp: "1780000000000.forged");

        await JudgeAsync(invitation.Id, "void");
        await RateAsync(invitation.Token, "ok");
        await WaitUntilSentAsync();

        Assert.That(Receiver.Received, Is.Empty);
    }

    private async Task JudgeAsync(string id, string verdict)
    {
        var response = await Admin.PatchAsJsonAsync(
            ModerateRatingEndpoint.Route.Replace("{id}", id), new { verdict }, ApiCalls.Json);

        response.EnsureSuccessStatusCode();
    }
}
