using FastEndpoints;
using HappinessApi.Features.Reports.Periods;

namespace HappinessApi.Features.Ratings.Listing;

/// <summary>Which ratings to list or export; every criterion given must hold.</summary>
public abstract class RatingFilterRequest
{
    /// <summary>
    /// Rated at or after this: a local day as yyyy-MM-dd (in <c>tz</c>), or an instant with its offset such as
    /// 2026-05-01T08:00:00Z (encode + as %2B). By default, the first rating.
    /// </summary>
    [QueryParam]
    public string? From { get; init; }

    /// <summary>
    /// Rated before this: a local day as yyyy-MM-dd (in <c>tz</c>), included, or an instant with its offset,
    /// excluded. By default, the last rating.
    /// </summary>
    [QueryParam]
    public string? To { get; init; }

    /// <summary>The IANA time zone that days in <c>from</c> and <c>to</c> are read in; by default UTC.</summary>
    [QueryParam]
    public string Tz { get; init; } = ReportParameters.DefaultZone;

    /// <summary>Only these values: great, ok or not_good, several separated by commas (ok,not_good).</summary>
    [QueryParam]
    public string? Rating { get; init; }

    /// <summary>Only ratings of invitations of this agent id.</summary>
    [QueryParam]
    public string? Agent { get; init; }

    /// <summary>Only ratings of invitations of this team.</summary>
    [QueryParam]
    public string? Team { get; init; }

    /// <summary>Only ratings that give this reason code (see /api/v1/reasons).</summary>
    [QueryParam]
    public string? Reason { get; init; }

    /// <summary>true for ratings with a comment only, false for those without.</summary>
    [QueryParam]
    public bool? HasComment { get; init; }

    /// <summary>true for the suspect ratings that await a moderator's verdict only, false for the others.</summary>
    [QueryParam]
    public bool? Suspect { get; init; }

    public IReadOnlyList<string> RatingValuesAsked() => Rating is null
        ? RatingFilter.AllRatings
        : [.. Rating.Split(',').Distinct(StringComparer.Ordinal)];

    public RatingFilter ToFilter()
    {
        var zone = ReportParameters.FindZone(Tz)!;

        return new RatingFilter(
            RatingTimeBounds.Start(From, zone) ?? long.MinValue,
            RatingTimeBounds.End(To, zone) ?? long.MaxValue,
            RatingValuesAsked(),
            Agent,
            Team,
            Reason,
            HasComment,
            Suspect);
    }
}
