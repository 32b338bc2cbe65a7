using System.Data.Common;
using Dapper;
using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Reports.Aggregates;

/// <summary>Who an invitation credits, as the aggregates count it.</summary>
public sealed record InvitationFacts(string AgentId, string? Team, string? CustomerId)
{
    public InvitationFacts()
        : this("", null, null)
    {
    }
}

/// <summary>A rating as the report counts it: its value and when it was given; null when it does not count.</summary>
public sealed record CountedRating(string Rating, long RatedAt)
{
    public static CountedRating? Of(RatingState? state) =>
        state is null || state.Suspect ? null : new CountedRating(state.Rating, state.RatedAt);
}

/// <summary>
/// Keeps the report aggregates in step with the ratings and invitations, inside the caller's transaction, so a
/// report never sees a rating without its count or the other way round.
/// </summary>
public sealed class AggregateWriter(DbConnection connection, DbTransaction transaction, CancellationToken ct)
{
    private const string AddToSlot = """
        INSERT INTO report_slots (scope, minutes, agent_id, team_key, slot, great, ok, not_good, invitations)
        VALUES (@ScopeName, @minutes, @AgentId, @TeamKey, @slot, @great, @ok, @notGood, @invitations)
        ON CONFLICT DO UPDATE
        SET great = great + excluded.great, ok = ok + excluded.ok, not_good = not_good + excluded.not_good,
            invitations = invitations + excluded.invitations
        """;

    private readonly CustomerSketchWriter _sketches = new(connection, transaction, ct);

    private const string NameAgent = """
        INSERT INTO report_agents (agent_id, agent_name, named_at) VALUES (@agentId, @agentName, @namedAt)
        ON CONFLICT DO UPDATE SET agent_name = excluded.agent_name, named_at = excluded.named_at
        WHERE excluded.named_at >= named_at
        """;

    public async Task AddInvitationAsync(InvitationFacts facts, string agentName, long createdAt)
    {
        var named = new { agentId = facts.AgentId, agentName, namedAt = createdAt };
        await connection.ExecuteAsync(new CommandDefinition(NameAgent, named, transaction, cancellationToken: ct));


        var invited = new { great = 0, ok = 0, notGood = 0, invitations = 1 };
        await AddToSlotsAsync(facts, createdAt, invited);

        await _sketches.AddAsync(CustomerKind.Invited, facts, createdAt);
    }

    /// <summary>Moves a rating's count from how it counted before to how it counts now.</summary>
    public async Task MoveRatingAsync(InvitationFacts facts, CountedRating? before, CountedRating? after)
    {
        if (before == after)
        {
            return;
        }

        if (before is not null)
        {
            await AddToSlotsAsync(facts, before.RatedAt, Delta(before.Rating, -1));
        }

        if (after is not null)
        {
            await AddToSlotsAsync(facts, after.RatedAt, Delta(after.Rating, 1));
            await _sketches.AddAsync(CustomerKind.Rated, facts, after.RatedAt);
        }

        // A sketch cannot forget one customer, so an hour a rating left is counted again from the ratings.
        var hour = AggregateSpan.Hour;
        if (before is not null && hour.BucketOf(before.RatedAt) != NullableHour(after))
        {
            await _sketches.RebuildRatedAsync(facts, before.RatedAt);
        }
    }

    private static long? NullableHour(CountedRating? rating) =>
        rating is null ? null : AggregateSpan.Hour.BucketOf(rating.RatedAt);

    private static object Delta(string rating, int change)
    {
        var value = RatingValues.FromWire(rating);

        return new
        {
            great = value == RatingValue.Great ? change : 0,
            ok = value == RatingValue.Ok ? change : 0,
            notGood = value == RatingValue.NotGood ? change : 0,
            invitations = 0,
        };
    }

    private async Task AddToSlotsAsync(InvitationFacts facts, long instant, object delta)
    {
        foreach (var (span, key) in AggregateSpan.Counted.SelectMany(
            span => AggregateScope.KeysOf(facts.AgentId, facts.Team).Select(key => (span, key))))
        {
            var parameters = new DynamicParameters(delta);
            parameters.AddDynamicParams(
                new { key.ScopeName, minutes = span.Minutes, key.AgentId, key.TeamKey, slot = span.BucketOf(instant) });
            await connection.ExecuteAsync(
                new CommandDefinition(AddToSlot, parameters, transaction, cancellationToken: ct));
        }
    }
}
