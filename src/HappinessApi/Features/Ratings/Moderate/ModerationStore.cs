using System.Data.Common;
using Dapper;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Features.Webhooks.Outbox;
using HappinessApi.Infrastructure.Caching;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Ratings.Moderate;

/// <param name="InvitationId">The rating moderated.</param>
/// <param name="CommentHidden">Hide or show the comment; null keeps it as it is.</param>
/// <param name="Verdict">The verdict given, if any.</param>
/// <param name="Moderator">The name of the API key that moderates.</param>
/// <param name="At">When, in Unix milliseconds.</param>
public sealed record Moderation(
    string InvitationId, bool? CommentHidden, RatingVerdict? Verdict, string Moderator, long At);

/// <summary>
/// Stores a moderation in one transaction: the rating, an event per change, the report aggregates when the
/// change decides whether the rating counts, and the webhook event of a rating that counts from now on.
/// </summary>
public sealed class ModerationStore(
    SqliteConnectionFactory connections, WebhookOutbox webhookOutbox, ReportDataVersion reportData)
{
    /// <summary>What the moderation did; null when the invitation has no rating.</summary>
    public async Task<ModerationDecision?> ApplyAsync(Moderation moderation, CancellationToken ct)
    {
        const string selectHidden = "SELECT comment_hidden FROM ratings WHERE invitation_id = @InvitationId";

        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var session = new RatingSession(connection, transaction, ct);
        var state = await session.FindAsync(moderation.InvitationId);
        if (state is null)
        {
            return null;
        }

        var hidden = await connection.ExecuteScalarAsync<bool>(
            new CommandDefinition(selectHidden, new { moderation.InvitationId }, transaction, cancellationToken: ct));
        var decision = ModerationRules.Decide(
            new ModeratedRating(state, hidden), moderation.CommentHidden, moderation.Verdict);
        if (decision.Refused || decision.Actions.Count == 0)
        {
            return decision;
        }

        await SaveAsync(connection, transaction, decision.After, ct);
        var facts = await session.FactsAsync(moderation.InvitationId);
        var aggregates = new AggregateWriter(connection, transaction, ct);
        await aggregates.MoveRatingAsync(facts, CountedRating.Of(state), CountedRating.Of(decision.After.State));
        await AddEventsAsync(connection, transaction, moderation, decision.Actions, ct);
        await AnnounceAsync(connection, transaction, decision.After.State, ct);
        await transaction.CommitAsync(ct);
        reportData.Bump();

        return decision;
    }

    // A genuine verdict makes a suspect rating count as a customer's confirmation would; subscribers hear of it
    // the same way, and hear nothing when what they were told already stands.
    private Task AnnounceAsync(
        DbConnection connection, DbTransaction transaction, RatingState after, CancellationToken ct)
    {
        var counts = new RatingDecision(RatingDecisionKind.Applied, after, after, Suspect: false, First: false);

        return webhookOutbox.AddAsync(connection, transaction, counts, ct);
    }

    private static Task<int> SaveAsync(
        DbConnection connection,
        DbTransaction transaction,
        ModeratedRating after,
        CancellationToken ct)
    {
        const string update = """
            UPDATE ratings SET comment_hidden = @CommentHidden, suspect = @Suspect, verdict = @Verdict
            WHERE invitation_id = @InvitationId
            """;

        var state = after.State;
        var parameters = new { after.CommentHidden, state.Suspect, state.Verdict, state.InvitationId };
        return connection.ExecuteAsync(new CommandDefinition(update, parameters, transaction, cancellationToken: ct));
    }

    private static async Task AddEventsAsync(
        DbConnection connection,
        DbTransaction transaction,
        Moderation moderation,
        IReadOnlyList<string> actions,
        CancellationToken ct)
    {
        const string insert = """
            INSERT INTO rating_moderations (invitation_id, action, moderator, occurred_at)
            VALUES (@InvitationId, @action, @Moderator, @At)
            """;

        foreach (var action in actions)
        {
            var parameters = new { moderation.InvitationId, action, moderation.Moderator, moderation.At };
            await connection.ExecuteAsync(
                new CommandDefinition(insert, parameters, transaction, cancellationToken: ct));
        }
    }
}
