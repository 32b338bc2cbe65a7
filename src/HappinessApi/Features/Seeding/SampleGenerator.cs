using System.Globalization;

namespace HappinessApi.Features.Seeding;

/// <summary>
/// Draws the sample invitations in time order: tickets with one or more replies, customers who come back, and
/// exactly the asked number of ratings spread over about 70 % of the invitations.
/// </summary>
internal sealed class SampleGenerator
{
    private const double RatedShare = 0.7;

    private const double FollowUpReplyChance = 0.25;

    private static readonly long ValidFor = (long)TimeSpan.FromDays(30).TotalMilliseconds;

    private readonly Random _random;

    private readonly SampleActivity _activity;

    private readonly SampleRatings _ratings;

    private readonly long _end;

    private readonly string _ticketPrefix;

    private readonly int _customerCount;

    private SampleTicket? _ticket;

    private int _ticketCount;

    public SampleGenerator(
        Random random, SeedArguments arguments, IReadOnlyList<string> reasonCodes, DateTimeOffset now)
    {
        _random = random;
        _end = now.ToUnixTimeMilliseconds();
        _activity = new SampleActivity(random, now.AddDays(-arguments.Days).ToUnixTimeMilliseconds(), _end);
        _ratings = new SampleRatings(random, reasonCodes);
        RatingCount = arguments.Ratings;
        InvitationCount = (long)Math.Ceiling(arguments.Ratings / RatedShare);
        _customerCount = (int)Math.Max(20, InvitationCount / 4);

        // A run stamp keeps ticket references unique when a database is seeded more than once.
        _ticketPrefix = "seed-" + now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-";
    }

    public long InvitationCount { get; }

    public long RatingCount { get; }

    public IEnumerable<SampleInvitation> Invitations()
    {
        var invitationsLeft = InvitationCount;
        var ratingsLeft = RatingCount;
        foreach (var createdAt in _activity.Times(InvitationCount))
        {
            var ticket = NextReply();

            // Selection sampling: rating with the odds of ratings left to invitations left rates exactly the asked
            // number, spread evenly over the window.
            var rated = _random.NextDouble() * invitationsLeft < ratingsLeft;
            invitationsLeft--;
            ratingsLeft -= rated ? 1 : 0;

            yield return new SampleInvitation(
                NewId(createdAt),
                ticket.Id,
                ticket.Replies.ToString(CultureInfo.InvariantCulture),
                ticket.Agent,
                ticket.Customer,
                createdAt,
                createdAt + ValidFor,
                rated ? _ratings.Draw(ticket.Agent, ticket.Customer, createdAt, _end) : null);
        }
    }

    // A quarter of the replies follow up on the ticket before, with the same agent and customer.
    private SampleTicket NextReply()
    {
        if (_ticket is null || _random.NextDouble() >= FollowUpReplyChance)
        {
            _ticketCount++;
            _ticket = new SampleTicket(
                _ticketPrefix + _ticketCount.ToString("D8", CultureInfo.InvariantCulture),
                SamplePeople.Agents[_random.Next(SamplePeople.Agents.Count)],
                SamplePeople.Customer(RegularCustomer()),
                0);
        }

        _ticket = _ticket with { Replies = _ticket.Replies + 1 };
        return _ticket;
    }

    // Squaring the draw makes a few customers write often and most of them rarely.
    private int RegularCustomer()
    {
        var draw = _random.NextDouble();

        return (int)(draw * draw * _customerCount);
    }

    // Shaped like the service's version 7 ids (time first), but drawn from the seeded Random to stay repeatable.
    private string NewId(long createdAt)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        for (var index = 0; index < 6; index++)
        {
            bytes[index] = (byte)(createdAt >> (40 - (8 * index)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));

        return new Guid(bytes, bigEndian: true).ToString();
    }
}
