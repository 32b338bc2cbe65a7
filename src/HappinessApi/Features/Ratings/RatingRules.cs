namespace HappinessApi.Features.Ratings;

public enum RatingDecisionKind
{
    Unchanged,
    Applied,
    Held,
}

/// <param name="Kind">Whether the submission changed the stored rating, was held back, or changed nothing.</param>
/// <param name="Stored">The rating as stored afterwards.</param>
/// <param name="Proposed">The rating as the submission would make it: what its sender is told.</param>
/// <param name="Suspect">Whether the submission itself looks like a scanner's.</param>
/// <param name="First">Whether the invitation had no rating before.</param>
public sealed record RatingDecision(
    RatingDecisionKind Kind, RatingState? Stored, RatingState Proposed, bool Suspect, bool First)
{
    public bool Changed => Kind != RatingDecisionKind.Unchanged;
}

/// <summary>
/// Decides what a submission does to the current rating. A submission is suspect when it looks
/// automated or when another value was given for the same invitation within the burst window.
/// A normal submission always sets the rating and confirms it. A suspect one sets it only when no
/// confirmed rating stands, or when the confirmed one is itself part of the burst; otherwise it is
/// kept as an event but held back, so a scanner cannot replace a customer's vote.
/// </summary>
public static class RatingRules
{
    public static RatingDecision Decide(
        RatingState? current, RatingSubmission submission, bool burst, TimeSpan burstWindow)
    {
        var suspect = submission.LooksAutomated || burst;
        var proposed = Apply(current, submission, suspect);
        if (current is not null && proposed == current)
        {
            return new RatingDecision(RatingDecisionKind.Unchanged, current, current, suspect, First: false);
        }

        var confirmedStands = current is { Suspect: false }
            && !(burst && submission.SubmittedAt - current.RatedAt < burstWindow.TotalMilliseconds);
        if (suspect && confirmedStands)
        {
            var kind = SameContent(proposed, current!) ? RatingDecisionKind.Unchanged : RatingDecisionKind.Held;
            return new RatingDecision(kind, current, proposed, suspect, First: false);
        }

        return new RatingDecision(RatingDecisionKind.Applied, proposed, proposed, suspect, current is null);
    }

    private static bool SameContent(RatingState left, RatingState right) =>
        left.Rating == right.Rating && left.Comment == right.Comment && left.Reasons == right.Reasons;

    private static RatingState Apply(RatingState? current, RatingSubmission submission, bool suspect)
    {
        var rating = RatingValues.ToWire(submission.Rating);
        var reasons = submission.Rating == RatingValue.Great
            ? ""
            : submission.Reasons is { } given ? RatingState.JoinReasons(given) : current?.Reasons ?? "";
        var valueChanged = current is null || current.Rating != rating || current.Suspect != suspect;

        return new RatingState(
            submission.InvitationId,
            rating,
            submission.Comment ?? current?.Comment,
            reasons,
            current?.FirstRatedAt ?? submission.SubmittedAt,
            valueChanged ? submission.SubmittedAt : current!.RatedAt,
            suspect);
    }
}
