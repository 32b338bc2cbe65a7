using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Seeding;

/// <summary>Draws what a customer answered: about 85/9/6, comments on about 30 %, reasons on ok and not good.</summary>
internal sealed class SampleRatings(Random random, IReadOnlyList<string> reasonCodes)
{
    private const double GreatShare = 0.85;

    private const double OkShare = 0.09;

    private const double MeanDelayMilliseconds = 3 * 60 * 60 * 1000;

    public SampleRating Draw(SampleAgent agent, SampleCustomer customer, long createdAt, long end)
    {
        var rating = Value(agent);
        var comment = random.NextDouble() < CommentChance(rating)
            ? SampleTexts.Pick(random, rating, customer.Locale)
            : null;
        var reasons = rating == RatingValue.Great ? "" : Reasons();

        return new SampleRating(rating, comment, reasons, RatedAt(createdAt, end));
    }

    private RatingValue Value(SampleAgent agent)
    {
        var draw = random.NextDouble();
        if (draw < GreatShare + agent.GreatShift)
        {
            return RatingValue.Great;
        }

        return draw < GreatShare + OkShare + agent.GreatShift ? RatingValue.Ok : RatingValue.NotGood;
    }

    // Unhappy customers write more often; with the 85/9/6 mix these average out near 30 %.
    private static double CommentChance(RatingValue rating) => rating switch
    {
        RatingValue.Great => 0.27,
        RatingValue.Ok => 0.4,
        _ => 0.6,
    };

    private string Reasons()
    {
        var draw = random.NextDouble();
        if (draw < 0.3 || reasonCodes.Count == 0)
        {
            return "";
        }

        var first = random.Next(reasonCodes.Count);
        if (draw < 0.8 || reasonCodes.Count == 1)
        {
            return reasonCodes[first];
        }

        var second = (first + 1 + random.Next(reasonCodes.Count - 1)) % reasonCodes.Count;
        return RatingState.JoinReasons([reasonCodes[first], reasonCodes[second]]);
    }

    // Most customers answer within hours; one who would answer after "now" answers somewhere before it.
    private long RatedAt(long createdAt, long end)
    {
        var delay = (long)(-Math.Log(1 - random.NextDouble()) * MeanDelayMilliseconds);

        return createdAt + delay < end
            ? createdAt + delay
            : createdAt + (long)(random.NextDouble() * (end - createdAt));
    }
}
