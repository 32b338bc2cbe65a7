using System.Data.Common;
using Dapper;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Ratings;

public sealed class RatingStore(SqliteConnectionFactory connections)
{
    /// <summary>
    /// Sets the current rating of an invitation and keeps an event of the change. A submission
    /// that changes neither the value nor the comment changes nothing and keeps no event.
    /// </summary>
    public async Task<RecordOutcome> RecordAsync(RatingSubmission submission, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        var current = await FindAsync(connection, transaction, submission.InvitationId, ct);
        var next = Apply(current, submission);
        if (next == current)
        {
            return new RecordOutcome(current!, Created: false, Changed: false);
        }

        await SaveAsync(connection, transaction, next, ct);
        await AddEventAsync(connection, transaction, next, submission.SubmittedAt, ct);
        await transaction.CommitAsync(ct);

        return new RecordOutcome(next, Created: current is null, Changed: true);
    }

    private static RatingRow Apply(RatingRow? current, RatingSubmission submission)
    {
        var rating = RatingValues.ToWire(submission.Rating);
        if (current is null)
        {
            return new RatingRow(
                submission.InvitationId, rating, submission.Comment, submission.SubmittedAt, submission.SubmittedAt);
        }

        var ratedAt = current.Rating == rating ? current.RatedAt : submission.SubmittedAt;

        return current with { Rating = rating, Comment = submission.Comment ?? current.Comment, RatedAt = ratedAt };
    }

    private static Task<RatingRow?> FindAsync(
        DbConnection connection, DbTransaction transaction, string invitationId, CancellationToken ct)
    {
        const string select = """
            SELECT invitation_id, rating, comment, first_rated_at, rated_at
            FROM ratings
            WHERE invitation_id = @invitationId
            """;

        return connection.QuerySingleOrDefaultAsync<RatingRow>(
            new CommandDefinition(select, new { invitationId }, transaction, cancellationToken: ct));
    }

    private static Task<int> SaveAsync(
        DbConnection connection, DbTransaction transaction, RatingRow row, CancellationToken ct)
    {
        const string upsert = """
            INSERT INTO ratings (invitation_id, rating, comment, first_rated_at, rated_at)
            VALUES (@InvitationId, @Rating, @Comment, @FirstRatedAt, @RatedAt)
            ON CONFLICT (invitation_id) DO UPDATE
            SET rating = excluded.rating, comment = excluded.comment, rated_at = excluded.rated_at
            """;

        return connection.ExecuteAsync(new CommandDefinition(upsert, row, transaction, cancellationToken: ct));
    }

    private static Task<int> AddEventAsync(
        DbConnection connection, DbTransaction transaction, RatingRow row, long occurredAt, CancellationToken ct)
    {
        const string insert = """
            INSERT INTO rating_events (invitation_id, rating, comment, occurred_at)
            VALUES (@InvitationId, @Rating, @Comment, @occurredAt)
            """;

        var parameters = new { row.InvitationId, row.Rating, row.Comment, occurredAt };
        return connection.ExecuteAsync(new CommandDefinition(insert, parameters, transaction, cancellationToken: ct));
    }
}

public sealed record RatingSubmission(string InvitationId, RatingValue Rating, string? Comment, long SubmittedAt);

public sealed record RecordOutcome(RatingRow Rating, bool Created, bool Changed);
