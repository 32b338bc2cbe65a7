using FastEndpoints;

namespace HappinessApi.Features.Reports.Periods;

/// <summary>The local days a report covers.</summary>
public abstract class ReportPeriodRequest
{
    /// <summary>The first local day, as yyyy-MM-dd; by default 29 days before <c>to</c>.</summary>
    [QueryParam]
    public string? From { get; init; }

    /// <summary>The last local day, included, as yyyy-MM-dd; by default today.</summary>
    [QueryParam]
    public string? To { get; init; }

    /// <summary>The IANA time zone that days are counted in, such as Europe/Paris; by default UTC.</summary>
    [QueryParam]
    public string Tz { get; init; } = ReportParameters.DefaultZone;

    public ReportPeriod ToPeriod(DateTimeOffset now) => ReportPeriod.Resolve(
        ReportParameters.ParseDate(From),
        ReportParameters.ParseDate(To),
        ReportParameters.FindZone(Tz)!,
        now);
}

/// <summary>The local days a report covers, and which invitations count.</summary>
public abstract class FilteredReportRequest : ReportPeriodRequest
{
    /// <summary>Only invitations of this team.</summary>
    [QueryParam]
    public string? Team { get; init; }

    /// <summary>Only invitations of this agent id.</summary>
    [QueryParam]
    public string? Agent { get; init; }
}
