using System.Data.Common;
using Dapper;
using HappinessApi.Configuration;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Features.Webhooks.Outbox;
using HappinessApi.Infrastructure.Database;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Ratings;

public sealed class RatingStore(
    GroupCommitWriter writer, IOptions<ScannerOptions> scanner, WebhookOutbox webhookOutbox)
{
    /// <summary>
    /// Decides and stores what a submission does, in one transaction shared with the submissions that arrived
    /// alongside it: the current rating, its reasons, an event for every submission that changed or tried to
    /// change anything, its report counts and the webhook events it fires. Returns once that is committed.
    /// </summary>
    public Task<RatingDecision> RecordAsync(RatingSubmission submission, CancellationToken ct) =>
        writer.RunAsync((connection, transaction) => DecideAndStoreAsync(connection, transaction, submission));

    // Once queued, a submission is written even if its caller goes away: it may already share a commit.
    private async Task<RatingDecision> DecideAndStoreAsync(
        DbConnection connection, DbTransaction transaction, RatingSubmission submission)
    {
        var ct = CancellationToken.None;
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
