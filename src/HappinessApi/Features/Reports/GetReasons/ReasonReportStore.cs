using Dapper;
using HappinessApi.Features.Reports.Figures;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Reports.GetReasons;

/// <summary>Counts the reasons of the ok and not good ratings given in a period; suspect ratings never count.</summary>
public sealed class ReasonReportStore(SqliteConnectionFactory connections)
{
    public async Task<IReadOnlyList<ReasonTally>> ReasonsAsync(ReportFilter filter, CancellationToken ct)
    {
        const string select = """
            SELECT rr.reason AS Code, COUNT(*) AS Ratings
            FROM rating_reasons rr
            JOIN ratings r ON r.invitation_id = rr.invitation_id
            JOIN invitations i ON i.id = r.invitation_id
            WHERE r.suspect = 0 AND r.rating IN ('ok', 'not_good')
              AND r.rated_at >= @Start AND r.rated_at < @End
              AND (@Team IS NULL OR i.team = @Team) AND (@Agent IS NULL OR i.agent_id = @Agent)
            GROUP BY rr.reason
            """;

        await using var connection = await connections.OpenAsync(ct);
        var rows = await connection.QueryAsync<ReasonTally>(
            new CommandDefinition(select, filter, cancellationToken: ct));

        return rows.AsList();
    }

    /// <summary>How many unhappy ratings gave a reason of each family, of both, and of any family at all.</summary>
    public async Task<UnhappyTally> UnhappyAsync(
        ReportFilter filter,
        IReadOnlyList<string> supportCodes,
        IReadOnlyList<string> outcomeCodes,
        CancellationToken ct)
    {
        const string select = """
            SELECT COUNT(*) AS Total,
                   COALESCE(SUM(support), 0) AS Support,
                   COALESCE(SUM(outcome), 0) AS Outcome,
                   COALESCE(SUM(support * outcome), 0) AS Both,
                   COALESCE(SUM(any_reason), 0) AS AnyReason
            FROM (SELECT MAX(CASE WHEN rr.reason IN @supportCodes THEN 1 ELSE 0 END) AS support,
                         MAX(CASE WHEN rr.reason IN @outcomeCodes THEN 1 ELSE 0 END) AS outcome,
                         MAX(CASE WHEN rr.reason IS NULL THEN 0 ELSE 1 END) AS any_reason
                  FROM ratings r
                  JOIN invitations i ON i.id = r.invitation_id
                  LEFT JOIN rating_reasons rr ON rr.invitation_id = r.invitation_id
                  WHERE r.suspect = 0 AND r.rating IN ('ok', 'not_good')
                    AND r.rated_at >= @Start AND r.rated_at < @End
                    AND (@Team IS NULL OR i.team = @Team) AND (@Agent IS NULL OR i.agent_id = @Agent)
                  GROUP BY r.invitation_id) unhappy
            """;

        var parameters = new { filter.Start, filter.End, filter.Team, filter.Agent, supportCodes, outcomeCodes };
        await using var connection = await connections.OpenAsync(ct);

        return await connection.QuerySingleAsync<UnhappyTally>(
            new CommandDefinition(select, parameters, cancellationToken: ct));
    }
}

// An empty result carries no column types for Dapper to match a constructor against, so the row type has a
// parameterless constructor and Dapper fills its properties instead.
public sealed record ReasonTally(string Code, long Ratings)
{
    public ReasonTally()
        : this("", 0)
    {
    }
}

public sealed record UnhappyTally(long Total, long Support, long Outcome, long Both, long AnyReason);
