using Dapper;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Reports;

public sealed class ReportStore(SqliteConnectionFactory connections)
{
    private const string Counted = """
        FROM ratings r
        JOIN invitations i ON i.id = r.invitation_id
        WHERE r.suspect = 0 AND r.rated_at >= @Start AND r.rated_at < @End AND (@Team IS NULL OR i.team = @Team)
        """;

    /// <summary>The newest ratings that count, of one team or all, given in the window.</summary>
    public async Task<IReadOnlyList<ReportRow>> LastAsync(int last, PublicWindow window, CancellationToken ct)
    {
        const string select = $"""
            SELECT r.rating, CASE WHEN r.comment_hidden = 1 THEN NULL ELSE r.comment END AS comment, r.rated_at,
                   i.agent_name
            {Counted}
            ORDER BY r.rated_at DESC, r.invitation_id DESC
            LIMIT @last
            """;

        await using var connection = await connections.OpenAsync(ct);
        var parameters = new { last, window.Start, window.End, window.Team };
        var rows = await connection.QueryAsync<ReportRow>(
            new CommandDefinition(select, parameters, cancellationToken: ct));

        return rows.AsList();
    }

    /// <summary>How many ratings of each value count in the window, read from the ratings themselves.</summary>
    public async Task<ReportFigures> CountAsync(PublicWindow window, CancellationToken ct)
    {
        const string select = $"""
            SELECT COALESCE(SUM(r.rating = 'great'), 0) AS Great, COALESCE(SUM(r.rating = 'ok'), 0) AS Ok,
                   COALESCE(SUM(r.rating = 'not_good'), 0) AS NotGood
            {Counted}
            """;

        await using var connection = await connections.OpenAsync(ct);
        var counts = await connection.QuerySingleAsync<(long Great, long Ok, long NotGood)>(
            new CommandDefinition(select, window, cancellationToken: ct));

        return new ReportFigures((int)counts.Great, (int)counts.Ok, (int)counts.NotGood);
    }
}

/// <summary>
/// Which ratings a public report reads: given from Start to End (Unix ms, End excluded), of a team or all.
/// </summary>
public sealed record PublicWindow(long Start, long End, string? Team);

// A hidden comment reads as NULL with no column type for Dapper to match a constructor against, so the row type has
// a parameterless constructor and Dapper fills its properties instead.
public sealed record ReportRow(string Rating, string? Comment, long RatedAt, string AgentName)
{
    public ReportRow()
        : this("", null, 0, "")
    {
    }
}
