using System.Data.Common;
using Dapper;

namespace HappinessApi.Features.Reports.Aggregates;

public enum CustomerKind
{
    Rated,
    Invited,
}

/// <summary>A customer id with the agent and team of the invitation it came through.</summary>
public sealed record CustomerRow(string AgentId, string? Team, string CustomerId)
{
    public CustomerRow()
        : this("", null, "")
    {
    }
}

/// <summary>
/// Reads, from the ratings and invitations themselves, the customers who rated (counted ratings by
/// <c>rated_at</c>) or were invited (by <c>created_at</c>) in a span of time, for one agent and team or any.
/// </summary>
internal static class CustomerRows
{
    private const string Rated = """
        SELECT i.agent_id, i.team, i.customer_id
        FROM ratings r
        JOIN invitations i ON i.id = r.invitation_id
        WHERE r.suspect = 0 AND r.rated_at >= @start AND r.rated_at < @end AND i.customer_id IS NOT NULL
          AND (@agent IS NULL OR i.agent_id = @agent)
          AND (@teamKey IS NULL OR COALESCE('t:' || i.team, '') = @teamKey)
        """;

    private const string Invited = """
        SELECT i.agent_id, i.team, i.customer_id
        FROM invitations i
        WHERE i.created_at >= @start AND i.created_at < @end AND i.customer_id IS NOT NULL
          AND (@agent IS NULL OR i.agent_id = @agent)
          AND (@teamKey IS NULL OR COALESCE('t:' || i.team, '') = @teamKey)
        """;

    public static async Task<IReadOnlyList<CustomerRow>> ReadAsync(
        DbConnection connection,
        CustomerKind kind,
        (long Start, long End) span,
        (string? Agent, string? TeamKey) owner,
        DbTransaction? transaction,
        CancellationToken ct)
    {
        if (span.Start >= span.End)
        {
            return [];
        }

        var sql = kind == CustomerKind.Rated ? Rated : Invited;
        var parameters = new { start = span.Start, end = span.End, agent = owner.Agent, teamKey = owner.TeamKey };
        var rows = await connection.QueryAsync<CustomerRow>(
            new CommandDefinition(sql, parameters, transaction, cancellationToken: ct));

        return rows.AsList();
    }

    public static string Name(CustomerKind kind) => kind == CustomerKind.Rated ? "rated" : "invited";
}
