namespace HappinessApi.Features.Ratings.Moderate;

/// <summary>A rating as moderation sees it: its state, and whether its comment is hidden from the public.</summary>
public sealed record ModeratedRating(RatingState State, bool CommentHidden);

/// <param name="Refused">Whether a verdict was asked for a rating that takes none.</param>
/// <param name="After">The rating once moderated.</param>
/// <param name="Actions">What changed, as stored in the moderation events; none when nothing did.</param>
public sealed record ModerationDecision(bool Refused, ModeratedRating After, IReadOnlyList<string> Actions);

/// <summary>
/// Decides what a moderation changes. A verdict is taken only by a rating that is suspect, or that a moderator
/// judged before (to change their mind): genuine confirms it, so it counts; void keeps it suspect for good.
/// </summary>
public static class ModerationRules
{
    public const string HideComment = "hide_comment";

    public const string ShowComment = "show_comment";

    public static ModerationDecision Decide(ModeratedRating current, bool? commentHidden, RatingVerdict? verdict)
    {
        var state = current.State;
        if (verdict is not null && !state.Suspect && state.Verdict is null)
        {
            return new ModerationDecision(true, current, []);
        }

        var actions = new List<string>();
        var hidden = commentHidden ?? current.CommentHidden;
        if (hidden != current.CommentHidden)
        {
            actions.Add(hidden ? HideComment : ShowComment);
        }

        if (verdict is { } given)
        {
            var wire = RatingVerdicts.ToWire(given);
            var judged = state with { Verdict = wire, Suspect = given == RatingVerdict.Void };
            if (judged != state)
            {
                actions.Add(wire);
            }

            state = judged;
        }

        return new ModerationDecision(false, new ModeratedRating(state, hidden), actions);
    }
}
