using HappinessApi.Features.Ratings;
using HappinessApi.Tests.Infrastructure;

namespace HappinessApi.Tests.Features.Tokens;

public sealed class SecretLoggingTests : ApiTestFixture
{
    [Test]
    public async Task LogsNoSecretOrToken_WhenInvitingRatingAndRefusing()
    {
        var invitation = await ApiCalls.CreateInvitationAsync(Helpdesk, "T-1400");
        await Anonymous.GetAsync(new Uri(invitation.Links.Great).PathAndQuery);
        await ApiCalls.RateOkAsync(Anonymous, invitation.Token, RatingValue.Great, "Lovely");
        await ApiCalls.RateAsync(Anonymous, invitation.Token + "x", "ok");
        using var stranger = Factory.CreateApiClient("a-key-nobody-configured-0000");
        await stranger.PostAsync("/api/v1/invitations", null);

        var logs = string.Join('\n', Factory.Logs.Lines);

        string[] secrets =
        [
            .. new[] { TestKeys.Live, TestKeys.Old, TestKeys.Gone }.Select(key => Convert.ToBase64String(key.Secret)),
            HappinessApiFactory.AdminKey,
            "a-key-nobody-configured-0000",
            invitation.Token,
            "chloe@example.com",
        ];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Factory.Logs.Lines, Is.Not.Empty);
            foreach (var secret in secrets)
            {
                Assert.That(logs, Does.Not.Contain(secret));
            }
        }
    }
}
