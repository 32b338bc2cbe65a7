using HappinessApi.Configuration;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Reports.Figures;

/// <summary>A block of figures, with the key of the agent or team it belongs to when grouped.</summary>
public sealed record GroupedBlock(string? Key, ReportBlock Block);

/// <summary>Reads the tallies of a period and turns them into blocks of figures.</summary>
public sealed class ReportBlockReader(RangeReportStore store, IOptions<ReportOptions> options)
{
    public async Task<ReportBlock> ReadAsync(ReportFilter filter, CancellationToken ct)
    {
        var groups = await ReadGroupsAsync(filter, ReportGrouping.None, ct);

        return groups.Count == 0 ? Build(null, null) : groups[0].Block;
    }

    /// <summary>One block per agent or team that was rated or invited in the period.</summary>
    public async Task<IReadOnlyList<GroupedBlock>> ReadGroupsAsync(
        ReportFilter filter, ReportGrouping grouping, CancellationToken ct)
    {
        var tallies = await store.TalliesAsync(filter, grouping, ct);

        return tallies
            .Select(tally => new GroupedBlock(tally.GroupKey, Build(tally.Ratings, tally.Invitations)))
            .ToList();
    }

    private ReportBlock Build(RatingTally? ratings, InvitationTally? invitations) =>
        ReportBlockFactory.Build(ratings, invitations, options.Value.MinimumSample);
}
