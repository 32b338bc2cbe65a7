using Dapper;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Webhooks;

public sealed class WebhookSubscriptionStore(SqliteConnectionFactory connections)
{
    private const string SelectColumns = """
        SELECT s.id, s.url, s.secret, s.created_at,
               COALESCE((SELECT group_concat(event_type, ',')
                         FROM (SELECT event_type FROM webhook_subscription_events
                               WHERE subscription_id = s.id ORDER BY event_type)), '') AS events
        FROM webhook_subscriptions s
        """;

    public async Task AddAsync(WebhookSubscription subscription, CancellationToken ct)
    {
        const string insert = """
            INSERT INTO webhook_subscriptions (id, url, secret, created_at)
            VALUES (@Id, @Url, @Secret, @CreatedAt)
            """;
        const string insertEvent = """
            INSERT INTO webhook_subscription_events (subscription_id, event_type) VALUES (@Id, @eventType)
            """;

        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(
            new CommandDefinition(insert, subscription, transaction, cancellationToken: ct));
        foreach (var eventType in subscription.Events)
        {
            var parameters = new { subscription.Id, eventType };
            await connection.ExecuteAsync(
                new CommandDefinition(insertEvent, parameters, transaction, cancellationToken: ct));
        }

        await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(CancellationToken ct)
    {
        const string select = $"{SelectColumns} ORDER BY s.created_at, s.id";

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(select, cancellationToken: ct));
        return [.. rows.Select(row => row.ToSubscription())];
    }

    public async Task<WebhookSubscription?> FindAsync(string id, CancellationToken ct)
    {
        const string select = $"{SelectColumns} WHERE s.id = @id";

        await using var connection = await connections.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<SubscriptionRow>(
            new CommandDefinition(select, new { id }, cancellationToken: ct));
        return row?.ToSubscription();
    }

    /// <summary>Removes the subscription with its deliveries, sent or not; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken ct)
    {
        const string delete = "DELETE FROM webhook_subscriptions WHERE id = @id";

        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(delete, new { id }, cancellationToken: ct)) == 1;
    }

    // An empty result carries no column types for Dapper to match the constructor against.
    private sealed record SubscriptionRow(string Id, string Url, string Secret, long CreatedAt, string Events)
    {
        public SubscriptionRow()
            : this("", "", "", 0, "")
        {
        }

        public WebhookSubscription ToSubscription() =>
            new(Id, Url, Secret, Events.Length == 0 ? [] : Events.Split(','), CreatedAt);
    }
}
