using System.Data.Common;
using Dapper;
using HappinessApi.Configuration;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Features.Webhooks.Outbox;
using HappinessApi.Infrastructure.Database;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Ratings;

public sealed class RatingStore(
    SqliteConnectionFactory connections, IOptions<ScannerOptions> scanner, WebhookOutbox webhookOutbox)
{
    /// <summary>
    /// Decides and stores what a submission does, in one transaction: the current rating, its
    /// reasons, an event for every submission that changed or tried to change anything, and the
    /// webhook events it fires.
    /// </summary>
    public async Task<RatingDecision> RecordAsync(RatingSubmission submission, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var session = new RatingSession(connection, transaction, ct);

        var current = await session.FindAsync(submission.InvitationId);
        var burst = await session.HasOtherValueSinceAsync(submission, scanner.Value.BurstWindow);
        var held = await session.LastHeldSinceAsync(current);
        var decision = RatingRules.Decide(current, submission, burst, scanner.Value.BurstWindow, held);
        if (decision.Kind == RatingDecisionKind.Unchanged)
        {
            return decision;
        }

        if (decision.Kind == RatingDecisionKind.Applied)
        {
            await session.SaveAsync(decision.Stored!);
            await CountAsync(connection, transaction, current, decision.Stored!, ct);
        }

        await session.AddEventAsync(decision, submission);

        await webhookOutbox.AddAsync(connection, transaction, decision, ct);

        await transaction.CommitAsync(ct);

        return decision;
    }

    private static async Task CountAsync(
        DbConnection connection,
        DbTransaction transaction,
        RatingState? before,
        RatingState after,
        CancellationToken ct)
    {
        const string select = """
            SELECT agent_id, team, customer_id FROM invitations WHERE id = @InvitationId
            """;

        var facts = await connection.QuerySingleAsync<InvitationFacts>(
            new CommandDefinition(select, after, transaction, cancellationToken: ct));
        var writer = new AggregateWriter(connection, transaction, ct);
        await writer.MoveRatingAsync(facts, CountedRating.Of(before), CountedRating.Of(after));
    }
}
