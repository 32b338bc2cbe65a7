using Dapper;
using HappinessApi.Features.Webhooks.Dispatch;
using HappinessApi.Features.Webhooks.ListDeliveries;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Webhooks;

/// <summary>The deliveries in the outbox: what the dispatcher takes and records, and what is listed.</summary>
public sealed class WebhookDeliveryStore(SqliteConnectionFactory connections)
{
    public async Task<IReadOnlyList<PendingDelivery>> FindDueAsync(long now, int limit, CancellationToken ct)
    {
        const string select = """
            SELECT o.id, o.message_id, o.event_type, o.payload, o.created_at, s.url, s.secret
            FROM webhook_outbox o
            JOIN webhook_subscriptions s ON s.id = o.subscription_id
            WHERE o.status = 'pending' AND o.next_attempt_at <= @now
            ORDER BY o.next_attempt_at, o.id
            LIMIT @limit
            """;

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<PendingDelivery>(Command(select, new { now, limit }, ct));
        return rows.AsList();
    }

    /// <summary>
    /// Moves the next attempt to the end of the lease, so the delivery is tried again then if this
    /// process stops before it records how the attempt went. False when it is no longer pending or
    /// not yet due, as when another instance took it first: only one attempt wins the update.
    /// </summary>
    public async Task<bool> LeaseAsync(long id, long now, long until, CancellationToken ct)
    {
        const string update = """
            UPDATE webhook_outbox SET next_attempt_at = @until
            WHERE id = @id AND status = 'pending' AND next_attempt_at <= @now
            """;

        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteAsync(Command(update, new { id, now, until }, ct)) == 1;
    }

    public async Task RecordAttemptAsync(long id, long attemptedAt, AttemptResult result, CancellationToken ct)
    {
        const string insert = """
            INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms)
            SELECT id, @attemptedAt, @StatusCode, @Error, @DurationMs FROM webhook_outbox WHERE id = @id;
            UPDATE webhook_outbox
            SET attempts = attempts + 1, last_status_code = @StatusCode, last_error = @Error,
                last_attempt_at = @attemptedAt
            WHERE id = @id;
            """;

        var parameters = new { id, attemptedAt, result.StatusCode, result.Error, result.DurationMs };
        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(
            new CommandDefinition(insert, parameters, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    public async Task ScheduleAsync(long id, long nextAttemptAt, CancellationToken ct)
    {
        const string update = """
            UPDATE webhook_outbox SET next_attempt_at = @nextAttemptAt WHERE id = @id AND status = 'pending'
            """;

        await using var connection = await connections.OpenAsync(ct);
        await connection.ExecuteAsync(Command(update, new { id, nextAttemptAt }, ct));
    }

    public async Task FinishAsync(long id, bool delivered, CancellationToken ct)
    {
        const string update = """
            UPDATE webhook_outbox SET status = @status, next_attempt_at = NULL WHERE id = @id
            """;

        await using var connection = await connections.OpenAsync(ct);
        var status = delivered ? "delivered" : "failed";
        await connection.ExecuteAsync(Command(update, new { id, status }, ct));
    }

    public async Task<IReadOnlyList<WebhookDeliveryResponse>> ListAsync(
        string subscriptionId, WebhookDeliveryStatus? status, int limit, CancellationToken ct)
    {
        const string select = """
            SELECT message_id, event_type, status, attempts, last_status_code, last_error,
                   last_attempt_at, next_attempt_at, created_at
            FROM webhook_outbox
            WHERE subscription_id = @subscriptionId AND (@status IS NULL OR status = @status)
            ORDER BY id DESC
            LIMIT @limit
            """;

        var parameters = new { subscriptionId, status = status?.ToString().ToLowerInvariant(), limit };
        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<DeliveryRow>(Command(select, parameters, ct));
        return [.. rows.Select(row => row.ToResponse())];
    }

    private static CommandDefinition Command(string sql, object parameters, CancellationToken ct) =>
        new(sql, parameters, cancellationToken: ct);

    // SQLite hands back integers as Int64, and Dapper maps constructors only on exact types.
    private sealed record DeliveryRow(
        string MessageId,
        string EventType,
        string Status,
        long Attempts,
        long? LastStatusCode,
        string? LastError,
        long? LastAttemptAt,
        long? NextAttemptAt,
        long CreatedAt)
    {
        public WebhookDeliveryResponse ToResponse() => new(
            MessageId,
            EventType,
            Enum.Parse<WebhookDeliveryStatus>(Status, ignoreCase: true),
            (int)Attempts,
            (int?)LastStatusCode,
            LastError,
            ToTime(LastAttemptAt),
            ToTime(NextAttemptAt),
            DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt));

        private static DateTimeOffset? ToTime(long? ms) =>
            ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;
    }
}
