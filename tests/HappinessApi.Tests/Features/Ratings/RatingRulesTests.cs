using HappinessApi.Features.Ratings;

namespace HappinessApi.Tests.Features.Ratings;

public sealed class RatingRulesTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private static readonly RatingState Confirmed = new("i-1", "great", "Thanks", "", 1_000, 1_000, Suspect: false);

    [Test]
    public void AppliesAndConfirms_WhenSubmissionIsNormal()
    {
        var decision = RatingRules.Decide(
            Confirmed with { Suspect = true }, Submission(RatingValue.Ok, at: 60_000), burst: false, Window);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.Kind, Is.EqualTo(RatingDecisionKind.Applied));
            Assert.That(decision.Stored, Is.EqualTo(Confirmed with { Rating = "ok", RatedAt = 60_000 }));
        }
    }

    [Test]
    public void HoldsBack_WhenSuspectSubmissionMeetsAConfirmedRatingOutsideTheWindow()
    {
        var decision = RatingRules.Decide(
            Confirmed, Submission(RatingValue.NotGood, at: 31_000, automated: true), burst: false, Window);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.Kind, Is.EqualTo(RatingDecisionKind.Held));
            Assert.That(decision.Stored, Is.EqualTo(Confirmed));
            Assert.That(decision.Proposed.Rating, Is.EqualTo("not_good"));
        }
    }

    [Test]
    public void MakesTheRatingSuspect_WhenTheConfirmedValueIsPartOfTheBurst()
    {
        var decision = RatingRules.Decide(Confirmed, Submission(RatingValue.NotGood, at: 5_000), burst: true, Window);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.Kind, Is.EqualTo(RatingDecisionKind.Applied));
            Assert.That(decision.Stored!.Suspect, Is.True);
            Assert.That(decision.Stored.Rating, Is.EqualTo("not_good"));
        }
    }

    [Test]
    public void ChangesNothing_WhenSameValueComesAgain()
    {
        var decision = RatingRules.Decide(
            Confirmed, Submission(RatingValue.Great, at: 90_000, automated: true), burst: false, Window);

        Assert.That(decision.Kind, Is.EqualTo(RatingDecisionKind.Unchanged));
    }

    [Test]
    public void KeepsCommentAndReasons_WhenSubmissionOmitsThem()
    {
        var current = Confirmed with { Rating = "ok", Reasons = "policy" };

        var decision = RatingRules.Decide(current, Submission(RatingValue.NotGood, at: 90_000), burst: false, Window);

        Assert.That(decision.Stored, Is.EqualTo(current with { Rating = "not_good", RatedAt = 90_000 }));
    }

    [Test]
    public void KeepsAVoidRatingSuspect_WhenANormalSubmissionChangesIt()
    {
        var voided = Confirmed with { Suspect = true, Verdict = RatingVerdicts.Void };

        var decision = RatingRules.Decide(voided, Submission(RatingValue.Ok, at: 90_000), burst: false, Window);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decision.Kind, Is.EqualTo(RatingDecisionKind.Applied));
            Assert.That(decision.Stored, Is.EqualTo(voided with { Rating = "ok", RatedAt = 90_000 }));
        }
    }

    [Test]
    public void ChangesNothing_WhenAVoidRatingGetsItsValueAgain()
    {
        var voided = Confirmed with { Suspect = true, Verdict = RatingVerdicts.Void };

        var decision = RatingRules.Decide(voided, Submission(RatingValue.Great, at: 90_000), burst: false, Window);

        Assert.That(decision.Kind, Is.EqualTo(RatingDecisionKind.Unchanged));
    }

    [TestCase(true, false)]
    [TestCase(false, true)]
    public void AppliesAndConfirms_WhenATrustedSubmissionLooksAutomatedOrIsPartOfABurst(bool automated, bool burst)
    {
        var trusted = Submission(RatingValue.NotGood, at: 1_500, automated) with { Trusted = true };

        var decision = RatingRules.Decide(Confirmed, trusted, burst, Window);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((decision.Kind, decision.Suspect), Is.EqualTo((RatingDecisionKind.Applied, false)));
            Assert.That(decision.Stored, Is.EqualTo(Confirmed with { Rating = "not_good", RatedAt = 1_500 }));
        }
    }

    [Test]
    public void KeepsAVoidRatingSuspect_WhenATrustedSubmissionChangesIt()
    {
        var voided = Confirmed with { Suspect = true, Verdict = RatingVerdicts.Void };
        var trusted = Submission(RatingValue.Ok, at: 90_000) with { Trusted = true };

        var decision = RatingRules.Decide(voided, trusted, burst: false, Window);

        Assert.That(decision.Stored, Is.EqualTo(voided with { Rating = "ok", RatedAt = 90_000 }));
    }

    private static RatingSubmission Submission(RatingValue rating, long at, bool automated = false) =>
        new("i-1", rating, Comment: null, Reasons: null, at, RatingSubmission.FormSource, automated);
}
