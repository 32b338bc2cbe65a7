using System.Runtime.CompilerServices;
using Dapper;
using HappinessApi.Infrastructure.Database;

namespace HappinessApi.Features.Ratings.Listing;

/// <summary>
/// Reads ratings with their invitations, newest first (rated_at, then invitation id, both descending, as the index
/// ix_ratings_rated_at orders them), after a cursor position: a keyset, so a page costs the same at any depth.
/// </summary>
public sealed class RatingListStore(SqliteConnectionFactory connections)
{
    private const string Select = """
        SELECT r.invitation_id AS id, i.ticket_id, i.reply_id, i.agent_id, i.agent_name, i.team, r.rating,
               COALESCE((SELECT group_concat(reason, ',')
                         FROM (SELECT reason FROM rating_reasons
                               WHERE invitation_id = r.invitation_id ORDER BY reason)), '') AS reasons,
               r.comment, r.comment_hidden,
               CASE WHEN r.suspect = 1 AND COALESCE(r.verdict, '') <> 'void' THEN 1 ELSE 0 END AS suspect,
               r.verdict, r.rated_at, r.first_rated_at
        FROM ratings r
        JOIN invitations i ON i.id = r.invitation_id
        """;

    private const string Filtered = $"""
        {Select}
        WHERE (r.rated_at, r.invitation_id) < (@BeforeRatedAt, @BeforeId)
          AND r.rated_at >= @Start AND r.rated_at < @End
          AND r.rating IN @Ratings
          AND (@Agent IS NULL OR i.agent_id = @Agent)
          AND (@Team IS NULL OR i.team = @Team)
          AND (@Reason IS NULL OR EXISTS (SELECT 1 FROM rating_reasons rr
                                          WHERE rr.invitation_id = r.invitation_id AND rr.reason = @Reason))
          AND (@HasComment IS NULL OR (COALESCE(r.comment, '') <> '') = @HasComment)
          AND (@Suspect IS NULL OR (r.suspect = 1 AND COALESCE(r.verdict, '') <> 'void') = @Suspect)
        ORDER BY r.rated_at DESC, r.invitation_id DESC
        """;

    /// <summary>Up to <paramref name="limit"/> ratings after the cursor, and whether more follow.</summary>
    public async Task<(IReadOnlyList<RatingRow> Rows, bool More)> PageAsync(
        RatingFilter filter, RatingCursor after, int limit, CancellationToken ct)
    {
        const string page = $"{Filtered} LIMIT @take";

        var parameters = new DynamicParameters(Parameters(filter, after));
        parameters.Add("take", limit + 1);
        await using var connection = await connections.OpenAsync(ct);
        var rows = (await connection.QueryAsync<RatingRow>(
            new CommandDefinition(page, parameters, cancellationToken: ct))).AsList();

        return rows.Count > limit ? (rows[..limit], true) : (rows, false);
    }

    /// <summary>Every rating of the filter, read one by one as the caller takes them, never all held at once.</summary>
    public async IAsyncEnumerable<RatingRow> StreamAsync(
        RatingFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        var rows = connection.QueryUnbufferedAsync<RatingRow>(Filtered, Parameters(filter, RatingCursor.Start));

        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row;
        }
    }

    public async Task<RatingRow?> FindAsync(string invitationId, CancellationToken ct)
    {
        const string one = $"{Select} WHERE r.invitation_id = @invitationId";

        await using var connection = await connections.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<RatingRow>(
            new CommandDefinition(one, new { invitationId }, cancellationToken: ct));
    }

    private static object Parameters(RatingFilter filter, RatingCursor after) => new
    {
        BeforeRatedAt = after.RatedAt,
        BeforeId = after.InvitationId,
        filter.Start,
        filter.End,
        filter.Ratings,
        filter.Agent,
        filter.Team,
        filter.Reason,
        filter.HasComment,
        filter.Suspect,
    };
}
