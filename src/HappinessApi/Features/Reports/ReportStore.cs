using Dapper;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Reports;

public sealed class ReportStore(SqliteConnectionFactory connections)
{
    public async Task<IReadOnlyList<ReportRow>> LastAsync(int last, CancellationToken ct)
    {
        const string select = """
            SELECT r.rating, CASE WHEN r.comment_hidden = 1 THEN NULL ELSE r.comment END AS comment, r.rated_at,
                   i.agent_name
            FROM ratings r
            JOIN invitations i ON i.id = r.invitation_id
            WHERE r.suspect = 0
            ORDER BY r.rated_at DESC, r.invitation_id DESC
            LIMIT @last
            """;

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<ReportRow>(
            new CommandDefinition(select, new { last }, cancellationToken: ct));

        return rows.AsList();
    }
}

// A hidden comment reads as NULL with no column type for Dapper to match a constructor against, so the row type has
// a parameterless constructor and Dapper fills its properties instead.
public sealed record ReportRow(string Rating, string? Comment, long RatedAt, string AgentName)
{
    public ReportRow()
        : this("", null, 0, "")
    {
    }
}
