using HappinessApi.Features.Ratings;
using HappinessApi.Features.Ratings.Moderate;

namespace HappinessApi.Tests.Features.Ratings.Moderate;

public sealed class ModerationRulesTests
{
    private static readonly RatingState Suspect = new("i-1", "not_good", "Bad", "", 1_000, 2_000, Suspect: true);

    private static readonly ModeratedRating Shown = new(Suspect, CommentHidden: false);

    [Test]
    public void ConfirmsTheRating_WhenJudgedGenuine()
    {
        var decision = ModerationRules.Decide(Shown, commentHidden: null, RatingVerdict.Genuine);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.After.State, Is.EqualTo(Suspect with { Suspect = false, Verdict = "genuine" }));
            Assert.That(decision.Actions, Is.EqualTo(new[] { "genuine" }));
        }
    }

    [Test]
    public void KeepsTheRatingSuspect_WhenJudgedVoid()
    {
        var decision = ModerationRules.Decide(Shown, commentHidden: true, RatingVerdict.Void);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.After, Is.EqualTo(new ModeratedRating(Suspect with { Verdict = "void" }, true)));
            Assert.That(decision.Actions, Is.EqualTo(new[] { "hide_comment", "void" }));
        }
    }

    [Test]
    public void RefusesAVerdict_WhenTheRatingWasNeverSuspect()
    {
        var confirmed = Shown with { State = Suspect with { Suspect = false } };

        var decision = ModerationRules.Decide(confirmed, commentHidden: true, RatingVerdict.Void);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.Refused, Is.True);
            Assert.That(decision.Actions, Is.Empty);
        }
    }

    [Test]
    public void TakesAVerdictAgain_WhenAModeratorJudgedTheRatingBefore()
    {
        var judged = Shown with { State = Suspect with { Suspect = false, Verdict = "genuine" } };

        var decision = ModerationRules.Decide(judged, commentHidden: null, RatingVerdict.Void);

        Assert.That(decision.Actions, Is.EqualTo(new[] { "void" }));
    }

    [Test]
    public void ChangesNothing_WhenTheRatingIsAlreadySo()
    {
        var hiddenVoid = new ModeratedRating(Suspect with { Verdict = "void" }, CommentHidden: true);

        var decision = ModerationRules.Decide(hiddenVoid, commentHidden: true, RatingVerdict.Void);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.Refused, Is.False);
            Assert.That(decision.Actions, Is.Empty);
        }
    }
}
