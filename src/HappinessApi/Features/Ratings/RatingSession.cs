using System.Data.Common;
using Dapper;
using HappinessApi.Features.Reports.Aggregates;

namespace HappinessApi.Features.Ratings;

/// <summary>The reads and writes of one recording transaction.</summary>
internal sealed class RatingSession(DbConnection connection, DbTransaction transaction, CancellationToken ct)
{
    public async Task<RatingState?> FindAsync(string invitationId)
    {
        const string select = """
            SELECT r.invitation_id, r.rating, r.comment,
                   COALESCE((SELECT group_concat(reason, ',')
                             FROM (SELECT reason FROM rating_reasons
                                   WHERE invitation_id = r.invitation_id ORDER BY reason)), '') AS reasons,
                   r.first_rated_at, r.rated_at, r.suspect, r.verdict
            FROM ratings r
            WHERE r.invitation_id = @invitationId
            """;

        var row = await connection.QuerySingleOrDefaultAsync<StoredRating>(Command(select, new { invitationId }));
        return row?.ToState();
    }

    public Task<InvitationFacts> FactsAsync(string invitationId)
    {
        const string select = "SELECT agent_id, team, customer_id FROM invitations WHERE id = @invitationId";

        return connection.QuerySingleAsync<InvitationFacts>(Command(select, new { invitationId }));
    }

    public async Task<RatingState?> LastHeldSinceAsync(RatingState? current)
    {
        const string select = """
            SELECT rating, comment, COALESCE(reasons, '') AS reasons, occurred_at
            FROM rating_events
            WHERE invitation_id = @InvitationId AND applied = 0 AND occurred_at >= @RatedAt
            ORDER BY id DESC
            LIMIT 1
            """;

        if (current is null || current.Suspect)
        {
            return null;
        }

        var held = await connection.QuerySingleOrDefaultAsync<HeldEvent>(Command(select, current));
        return held is null
            ? null
            : current with
            {
                Rating = held.Rating,
                Comment = held.Comment,
                Reasons = held.Reasons,
                RatedAt = held.OccurredAt,
            };
    }

    public Task<bool> HasOtherValueSinceAsync(RatingSubmission submission, TimeSpan window)
    {
        const string select = """
            SELECT EXISTS (
                SELECT 1 FROM rating_events
                WHERE invitation_id = @InvitationId AND occurred_at > @since AND rating <> @rating)
            """;

        var parameters = new
        {
            submission.InvitationId,
            since = submission.SubmittedAt - (long)window.TotalMilliseconds,
            rating = RatingValues.ToWire(submission.Rating),
        };
        return connection.ExecuteScalarAsync<bool>(Command(select, parameters));
    }

    public async Task SaveAsync(RatingState state)
    {
        const string upsert = """
            INSERT INTO ratings (invitation_id, rating, comment, first_rated_at, rated_at, suspect)
            VALUES (@InvitationId, @Rating, @Comment, @FirstRatedAt, @RatedAt, @Suspect)
            ON CONFLICT (invitation_id) DO UPDATE
            SET rating = excluded.rating, comment = excluded.comment,
                rated_at = excluded.rated_at, suspect = excluded.suspect;
            DELETE FROM rating_reasons WHERE invitation_id = @InvitationId;
            """;
        const string insertReason =
            "INSERT INTO rating_reasons (invitation_id, reason) VALUES (@InvitationId, @reason)";

        await connection.ExecuteAsync(Command(upsert, state));
        foreach (var reason in state.ReasonCodes)
        {
            await connection.ExecuteAsync(Command(insertReason, new { state.InvitationId, reason }));
        }
    }

    public Task<int> AddEventAsync(RatingDecision decision, RatingSubmission submission)
    {
        const string insert = """
            INSERT INTO rating_events
                (invitation_id, rating, comment, reasons, occurred_at, source, suspect, applied)
            VALUES (@InvitationId, @Rating, @Comment, @Reasons, @occurredAt, @source, @suspect, @applied)
            """;

        var proposed = decision.Proposed;
        var parameters = new
        {
            proposed.InvitationId,
            proposed.Rating,
            proposed.Comment,
            proposed.Reasons,
            occurredAt = submission.SubmittedAt,
            source = submission.Source,
            suspect = decision.Suspect,
            applied = decision.Kind == RatingDecisionKind.Applied,
        };
        return connection.ExecuteAsync(Command(insert, parameters));
    }

    // SQLite hands back integers as Int64, and Dapper maps constructors only on exact types.
    private sealed record StoredRating(
        string InvitationId,
        string Rating,
        string? Comment,
        string Reasons,
        long FirstRatedAt,
        long RatedAt,
        long Suspect,
        string? Verdict)
    {
        public RatingState ToState() =>
            new(InvitationId, Rating, Comment, Reasons, FirstRatedAt, RatedAt, Suspect != 0, Verdict);
    }

    private sealed record HeldEvent(string Rating, string? Comment, string Reasons, long OccurredAt);

    private CommandDefinition Command(string sql, object parameters) =>
        new(sql, parameters, transaction, cancellationToken: ct);
}
