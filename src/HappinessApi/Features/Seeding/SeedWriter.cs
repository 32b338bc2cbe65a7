using HappinessApi.Features.Ratings;
using Microsoft.Data.Sqlite;

namespace HappinessApi.Features.Seeding;

/// <summary>
/// Writes sample invitations with their rating, reasons and event, committing every <see cref="BatchSize"/>
/// invitations. Plain prepared ADO.NET commands rather than Dapper: at millions of rows, Dapper's per-call
/// parameter reflection and command set-up cost more than the inserts themselves.
/// </summary>
internal sealed class SeedWriter : IDisposable
{
    public const int BatchSize = 50_000;

    // Seeded invitations are never rated through a link, and signing millions of tokens would take longer than
    // writing them; this placeholder is never a valid token and marks the rows as sample data.
    public const string PlaceholderToken = "seeded";

    public const string EventSource = "seed";

    private const string InsertInvitation = """
        INSERT INTO invitations (id, ticket_id, reply_id, agent_id, agent_name, team, customer_id, customer_name,
                                 customer_email, locale, token, created_at, expires_at)
        VALUES (@id, @ticketId, @replyId, @agentId, @agentName, @team, @customerId, @customerName,
                @customerEmail, @locale, @token, @createdAt, @expiresAt)
        """;

    private const string InsertRating = """
        INSERT INTO ratings (invitation_id, rating, comment, first_rated_at, rated_at, suspect)
        VALUES (@invitationId, @rating, @comment, @ratedAt, @ratedAt, 0)
        """;

    private const string InsertEvent = """
        INSERT INTO rating_events (invitation_id, rating, comment, reasons, occurred_at, source, suspect, applied)
        VALUES (@invitationId, @rating, @comment, @reasons, @occurredAt, @source, 0, 1)
        """;

    private const string InsertReason = """
        INSERT INTO rating_reasons (invitation_id, reason) VALUES (@invitationId, @reason)
        """;

    private readonly SqliteConnection _connection;

    private readonly PreparedInsert _invitations;

    private readonly PreparedInsert _ratings;

    private readonly PreparedInsert _events;

    private readonly PreparedInsert _reasons;

    private readonly PreparedInsert[] _inserts;

    private SqliteTransaction? _transaction;

    private int _pending;

    public SeedWriter(SqliteConnection connection)
    {
        _connection = connection;
        _invitations = new PreparedInsert(connection, InsertInvitation, "@id", "@ticketId", "@replyId", "@agentId",
            "@agentName", "@team", "@customerId", "@customerName", "@customerEmail", "@locale", "@token",
            "@createdAt", "@expiresAt");
        _ratings = new PreparedInsert(connection, InsertRating, "@invitationId", "@rating", "@comment", "@ratedAt");
        _events = new PreparedInsert(
            connection, InsertEvent, "@invitationId", "@rating", "@comment", "@reasons", "@occurredAt", "@source");
        _reasons = new PreparedInsert(connection, InsertReason, "@invitationId", "@reason");
        _inserts = [_invitations, _ratings, _events, _reasons];
    }

    public long RowCount => _inserts.Sum(insert => insert.RowCount);

    public void Write(SampleInvitation invitation)
    {
        if (_transaction is null)
        {
            Begin();
        }

        var (agent, customer) = (invitation.Agent, invitation.Customer);
        _invitations.Run(invitation.Id, invitation.TicketId, invitation.ReplyId, agent.Id, agent.Name, agent.Team,
            customer.Id, customer.Name, customer.Email, customer.Locale, PlaceholderToken, invitation.CreatedAt,
            invitation.ExpiresAt);
        if (invitation.Rating is { } rating)
        {
            WriteRating(invitation.Id, rating);
        }

        if (++_pending == BatchSize)
        {
            Commit();
        }
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        _pending = 0;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        foreach (var insert in _inserts)
        {
            insert.Dispose();
        }
    }

    private void WriteRating(string invitationId, SampleRating rating)
    {
        var value = RatingValues.ToWire(rating.Rating);
        _ratings.Run(invitationId, value, rating.Comment, rating.RatedAt);
        _events.Run(invitationId, value, rating.Comment, rating.Reasons, rating.RatedAt, EventSource);
        foreach (var reason in rating.ReasonCodes)
        {
            _reasons.Run(invitationId, reason);
        }
    }

    private void Begin()
    {
        _transaction = _connection.BeginTransaction();
        foreach (var insert in _inserts)
        {
            insert.Transaction = _transaction;
        }
    }
}
