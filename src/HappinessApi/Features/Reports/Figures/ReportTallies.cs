using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Reports.Figures;

public enum ReportGrouping
{
    None,
    Agent,
    Team,
}

/// <summary>Which ratings and invitations a report counts: UTC instants in Unix ms, end excluded.</summary>
public sealed record ReportFilter(long Start, long End, string? Team = null, string? Agent = null)
{
    public static ReportFilter Of(ReportPeriod period, string? team = null, string? agent = null) =>
        new(period.Start.ToUnixTimeMilliseconds(), period.End.ToUnixTimeMilliseconds(), team, agent);
}

// An empty result carries no column types for Dapper to match a constructor against, so each row type has a
// parameterless constructor and Dapper fills its properties instead.
public sealed record RatingTally(string? GroupKey, long Great, long Ok, long NotGood, long Customers)
{
    public RatingTally()
        : this(null, 0, 0, 0, 0)
    {
    }

    public ReportFigures ToFigures() => new((int)Great, (int)Ok, (int)NotGood);
}

/// <summary>What one group (or the whole report, when not grouped) counted in a period.</summary>
public sealed record PeriodTally(string? GroupKey, RatingTally Ratings, InvitationTally Invitations);

public sealed record InvitationTally(string? GroupKey, long Invitations, long Customers)
{
    public InvitationTally()
        : this(null, 0, 0)
    {
    }
}

public sealed record AgentNameRow(string AgentId, string AgentName, long LastUsed)
{
    public AgentNameRow()
        : this("", "", 0)
    {
    }
}
