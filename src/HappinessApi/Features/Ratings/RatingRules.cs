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
/// automated or when another value was given for the same invitation within the burst window, unless it
/// is trusted: a helpdesk posting with its API key what it captured itself is never taken for a scanner.
/// A normal submission always sets the rating and confirms it. A suspect one sets it only when no
/// confirmed rating stands, or when the confirmed one is itself part of the burst; otherwise it is
/// kept as an event but held back, so a scanner cannot replace a customer's vote. A rating a moderator voided stays
/// suspect, whatever is sent later.
/// </summary>
public static class RatingRules
{
    // held: the last submission held back since the current rating was set, if any.
    public static RatingDecision Decide(
        RatingState? current, RatingSubmission submission, bool burst, TimeSpan burstWindow, RatingState? held = null)
    {
        var suspect = !submission.Trusted && (submission.LooksAutomated || burst);
        var proposed = Apply(current, submission, suspect);
        if (current is not null && proposed == current)
        {
            return new RatingDecision(RatingDecisionKind.Unchanged, current, current, suspect, First: false);
        }

        var confirmedStands = current is { Suspect: false }
            && !(burst && submission.SubmittedAt - current.RatedAt < burstWindow.TotalMilliseconds);
        if (suspect && confirmedStands)
        {
            return HoldBack(current!, proposed, held, suspect);
        }

        return new RatingDecision(RatingDecisionKind.Applied, proposed, proposed, suspect, current is null);
    }

    // A repeat of what was held back is answered as a repeat of an applied change would be:
    // unchanged, with the time of the first, so the sender cannot tell that it was held.
    private static RatingDecision HoldBack(RatingState current, RatingState proposed, RatingState? held, bool suspect)
    {
        if (SameContent(proposed, current))
        {
            return new RatingDecision(RatingDecisionKind.Unchanged, current, current, suspect, First: false);
        }

        return held is not null && SameContent(proposed, held)
            ? new RatingDecision(RatingDecisionKind.Unchanged, current, held, suspect, First: false)
            : new RatingDecision(RatingDecisionKind.Held, current, proposed, suspect, First: false);
    }

    private static bool SameContent(RatingState left, RatingState right) =>
        left.Rating == right.Rating && left.Comment == right.Comment && left.Reasons == right.Reasons;

    private static RatingState Apply(RatingState? current, RatingSubmission submission, bool suspect)
    {
        var rating = RatingValues.ToWire(submission.Rating);
        var heldOut = suspect || current?.IsVoid == true;
        var reasons = submission.Rating == RatingValue.Great
            ? ""
            : submission.Reasons is { } given ? RatingState.JoinReasons(given) : current?.Reasons ?? "";
        var valueChanged = current is null || current.Rating != rating || current.Suspect != heldOut;

        return new RatingState(
            submission.InvitationId,
            rating,
            submission.Comment ?? current?.Comment,
            reasons,
            current?.FirstRatedAt ?? submission.SubmittedAt,
            valueChanged ? submission.SubmittedAt : current!.RatedAt,
            heldOut,
            current?.Verdict);
    }
}
