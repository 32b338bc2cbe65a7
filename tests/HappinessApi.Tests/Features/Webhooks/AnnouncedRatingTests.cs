using HappinessApi.Features.Ratings;
using HappinessApi.Features.Webhooks.Outbox;

namespace HappinessApi.Tests.Features.Webhooks;

public sealed class AnnouncedRatingTests
{
    private static readonly AnnouncedRating NotGood = new("not_good", "Slow.", "slow_response");

    [Test]
    public void FiresCreated_WhenARatingCountsForTheFirstTime() =>
        Assert.That(AnnouncedRating.EventFor(null, Applied("not_good", null, "")), Is.EqualTo("rating.created"));

    [Test]
    public void FiresChanged_WhenTheValueDiffersFromTheAnnouncedOne() =>
        Assert.That(AnnouncedRating.EventFor(NotGood, Applied("ok", "Slow.", "")), Is.EqualTo("rating.changed"));

    [TestCase("Slower than ever.", "slow_response")]
    [TestCase("Slow.", "slow_response,unresolved")]
    public void FiresCommented_WhenOnlyTheCommentOrReasonsChange(string comment, string reasons) =>
        Assert.That(
            AnnouncedRating.EventFor(NotGood, Applied("not_good", comment, reasons)), Is.EqualTo("rating.commented"));

    [Test]
    public void FiresNothing_WhenAConfirmationRepeatsWhatWasAnnounced() =>
        Assert.That(AnnouncedRating.EventFor(NotGood, Applied("not_good", "Slow.", "slow_response")), Is.Null);

    [Test]
    public void FiresNothing_WhenTheStoredRatingIsSuspect() =>
        Assert.That(AnnouncedRating.EventFor(null, Applied("great", null, "", suspect: true)), Is.Null);

    [TestCase(RatingDecisionKind.Held)]
    [TestCase(RatingDecisionKind.Unchanged)]
    public void FiresNothing_WhenTheSubmissionChangedNothingStored(RatingDecisionKind kind)
    {
        var proposed = State("ok", null, "");

        var decision = new RatingDecision(kind, State("not_good", "Slow.", "slow_response"), proposed, true, false);

        Assert.That(AnnouncedRating.EventFor(NotGood, decision), Is.Null);
    }

    private static RatingDecision Applied(string rating, string? comment, string reasons, bool suspect = false)
    {
        var state = State(rating, comment, reasons) with { Suspect = suspect };
        return new RatingDecision(RatingDecisionKind.Applied, state, state, suspect, First: false);
    }

    private static RatingState State(string rating, string? comment, string reasons) =>
        new("inv-1", rating, comment, reasons, 1_000, 2_000, Suspect: false);
}
