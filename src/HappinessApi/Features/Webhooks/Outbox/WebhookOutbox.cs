using System.Data.Common;
using Dapper;
using HappinessApi.Features.Ratings;

namespace HappinessApi.Features.Webhooks.Outbox;

/// <summary>
/// Writes the webhook events of a recorded rating into the outbox, inside the transaction that
/// records the rating, so an event exists exactly when its rating does. The dispatcher sends them.
/// </summary>
public sealed class WebhookOutbox(TimeProvider time)
{
    public async Task AddAsync(
        DbConnection connection, DbTransaction transaction, RatingDecision decision, CancellationToken ct)
    {
        if (decision.Kind != RatingDecisionKind.Applied || decision.Stored is not { Suspect: false } stored)
        {
            return;
        }

        var writer = new OutboxWriter(connection, transaction, ct);
        var announced = await writer.FindAnnouncedAsync(stored.InvitationId);
        var eventType = AnnouncedRating.EventFor(announced, decision);
        if (eventType is null)
        {
            return;
        }

        await writer.SaveAnnouncedAsync(stored);

        if (await writer.HasSubscribersAsync(eventType))
        {
            var invitation = await writer.FindInvitationAsync(stored.InvitationId);
            var now = time.GetUtcNow();
            var payload = new WebhookPayload(eventType, now, invitation.Describe(stored, announced));
            await writer.EnqueueAsync(payload, now.ToUnixTimeMilliseconds());
        }
    }

    private sealed class OutboxWriter(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        public Task<AnnouncedRating?> FindAnnouncedAsync(string invitationId)
        {
            const string select = """
                SELECT rating, comment, reasons FROM webhook_announced WHERE invitation_id = @invitationId
                """;

            return connection.QuerySingleOrDefaultAsync<AnnouncedRating?>(Command(select, new { invitationId }));
        }

        public Task<int> SaveAnnouncedAsync(RatingState rating)
        {
            const string upsert = """
                INSERT INTO webhook_announced (invitation_id, rating, comment, reasons)
                VALUES (@InvitationId, @Rating, @Comment, @Reasons)
                ON CONFLICT (invitation_id) DO UPDATE
                SET rating = excluded.rating, comment = excluded.comment, reasons = excluded.reasons
                """;

            return connection.ExecuteAsync(Command(upsert, rating));
        }

        public Task<bool> HasSubscribersAsync(string eventType)
        {
            const string select = """
                SELECT EXISTS (SELECT 1 FROM webhook_subscription_events WHERE event_type = @eventType)
                """;

            return connection.ExecuteScalarAsync<bool>(Command(select, new { eventType }));
        }

        public Task<WebhookInvitation> FindInvitationAsync(string invitationId)
        {
            const string select = """
                SELECT ticket_id, reply_id, agent_id, agent_name, team, customer_id
                FROM invitations
                WHERE id = @invitationId
                """;

            return connection.QuerySingleAsync<WebhookInvitation>(Command(select, new { invitationId }));
        }

        // One row per subscriber, all with the one message id: a receiver that gets it twice knows it.
        public Task<int> EnqueueAsync(WebhookPayload payload, long now)
        {
            const string insert = """
                INSERT INTO webhook_outbox
                    (message_id, subscription_id, event_type, payload, created_at, next_attempt_at)
                SELECT @messageId, subscription_id, event_type, @payload, @now, @now
                FROM webhook_subscription_events
                WHERE event_type = @Type
                """;

            var messageId = "msg_" + Guid.CreateVersion7().ToString("N");
            var parameters = new { messageId, payload.Type, payload = payload.ToJson(), now };
            return connection.ExecuteAsync(Command(insert, parameters));
        }

        private CommandDefinition Command(string sql, object parameters) =>
            new(sql, parameters, transaction, cancellationToken: ct);
    }
}
