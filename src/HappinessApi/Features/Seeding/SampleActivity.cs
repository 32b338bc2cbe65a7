namespace HappinessApi.Features.Seeding;

/// <summary>When invitations go out: mostly in weekday working hours (UTC), a trickle at night and weekends.</summary>
internal sealed class SampleActivity(Random random, long start, long end)
{
    private const long HourMilliseconds = 60 * 60 * 1000;

    /// <summary>Spreads <paramref name="count"/> times over the window by the hourly rhythm, in order.</summary>
    public IEnumerable<long> Times(long count)
    {
        var weights = HourWeights();
        var total = weights.Sum();
        var cumulative = 0.0;
        var done = 0L;
        for (var hour = 0; hour < weights.Length; hour++)
        {
            cumulative += weights[hour];
            var target = hour == weights.Length - 1 ? count : (long)Math.Round(count * cumulative / total);
            var inHour = target - done;
            var slotStart = start + (hour * HourMilliseconds);
            var width = Math.Min(HourMilliseconds, end - slotStart);
            for (var index = 0L; index < inHour; index++)
            {
                yield return slotStart + (long)((index + random.NextDouble()) * width / inHour);
            }

            done = target;
        }
    }

    private double[] HourWeights()
    {
        var weights = new double[(end - start + HourMilliseconds - 1) / HourMilliseconds];
        for (var hour = 0; hour < weights.Length; hour++)
        {
            var slotStart = start + (hour * HourMilliseconds);
            var width = Math.Min(HourMilliseconds, end - slotStart);
            weights[hour] = Weight(DateTimeOffset.FromUnixTimeMilliseconds(slotStart)) * width / HourMilliseconds;
        }

        return weights;
    }

    private static double Weight(DateTimeOffset moment)
    {
        var day = moment.DayOfWeek switch
        {
            DayOfWeek.Saturday => 0.3,
            DayOfWeek.Sunday => 0.2,
            _ => 1.0,
        };
        var hour = moment.Hour switch
        {
            >= 8 and < 18 => 1.0,
            >= 6 and < 22 => 0.4,
            _ => 0.08,
        };

        return day * hour;
    }
}
