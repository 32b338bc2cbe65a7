using Dapper;
using HappinessApi.Features.Reports.Aggregates;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Invitations;

public sealed class InvitationStore(SqliteConnectionFactory connections)
{
    private const string Columns = """
        id, ticket_id, reply_id, agent_id, agent_name, team, customer_id, customer_name,
        customer_email, locale, token, created_at, expires_at
        """;

    /// <summary>Stores the invitation unless its ticket and reply are known; returns the stored one.</summary>
    public async Task<(InvitationRow Invitation, bool Created)> CreateOrGetAsync(
        InvitationRow row, CancellationToken ct)
    {
        const string insert = $"""
            INSERT INTO invitations ({Columns})
            VALUES (@Id, @TicketId, @ReplyId, @AgentId, @AgentName, @Team, @CustomerId, @CustomerName,
                    @CustomerEmail, @Locale, @Token, @CreatedAt, @ExpiresAt)
            ON CONFLICT (ticket_id, reply_id) DO NOTHING
            """;

        await using var connection = await connections.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var inserted = await connection.ExecuteAsync(
            new CommandDefinition(insert, row, transaction, cancellationToken: ct));
        if (inserted == 1)
        {
            var facts = new InvitationFacts(row.AgentId, row.Team, row.CustomerId);
            var aggregates = new AggregateWriter(connection, transaction, ct);
            await aggregates.AddInvitationAsync(facts, row.AgentName, row.CreatedAt);
        }

        await transaction.CommitAsync(ct);
        var stored = await FindByReferenceAsync(connection, row.TicketId, row.ReplyId, ct);

        return (stored!, inserted == 1);
    }

    public async Task<InvitationRow> RenewTokenAsync(
        string id, string token, DateTimeOffset expiresAt, CancellationToken ct)
    {
        const string update = """
            UPDATE invitations
            SET token = @token, expires_at = @expiresAt
            WHERE id = @id
            RETURNING id, ticket_id, reply_id
            """;

        await using var connection = await connections.OpenAsync(ct);
        var parameters = new { id, token, expiresAt = expiresAt.ToUnixTimeMilliseconds() };
        var renewed = await connection.QuerySingleAsync<(string Id, string TicketId, string ReplyId)>(
            new CommandDefinition(update, parameters, cancellationToken: ct));

        return (await FindByReferenceAsync(connection, renewed.TicketId, renewed.ReplyId, ct))!;
    }

    public async Task<bool> ExistsAsync(string id, CancellationToken ct)
    {
        const string select = "SELECT EXISTS (SELECT 1 FROM invitations WHERE id = @id)";

        await using var connection = await connections.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(
            new CommandDefinition(select, new { id }, cancellationToken: ct));
    }

    public async Task<InvitationRow?> FindByReferenceAsync(string ticketId, string replyId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);

        return await FindByReferenceAsync(connection, ticketId, replyId, ct);
    }

    private static Task<InvitationRow?> FindByReferenceAsync(
        System.Data.Common.DbConnection connection, string ticketId, string replyId, CancellationToken ct)
    {
        const string select = $"""
            SELECT {Columns}
            FROM invitations
            WHERE ticket_id = @ticketId AND reply_id = @replyId
            """;

        return connection.QuerySingleOrDefaultAsync<InvitationRow>(
            new CommandDefinition(select, new { ticketId, replyId }, cancellationToken: ct));
    }
}
