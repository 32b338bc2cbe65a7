using System.Collections.Concurrent;
using HappinessApi.Infrastructure.Caching;

namespace HappinessApi.Features.Reports.GetReport;

/// <summary>
/// Keeps the public report built for each query until a rating or a moderation is committed, and a second at most,
/// since the public page is read far more often than ratings arrive. A report built while a commit lands is kept
/// under the version read before it was built, so the next request builds it again.
/// </summary>
public sealed class PublicReportCache(ReportDataVersion version, TimeProvider time)
{
    private const int MaxEntries = 256;

    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, CachedReport> _reports = new(StringComparer.Ordinal);

    public async Task<GetReportResponse> GetOrBuildAsync(string key, Func<Task<GetReportResponse>> build)
    {
        var current = version.Current;
        var now = time.GetTimestamp();
        if (_reports.TryGetValue(key, out var cached)
            && cached.Version == current
            && time.GetElapsedTime(cached.BuiltAt, now) < MaxAge)
        {
            return cached.Report;
        }

        var report = await build();
        if (_reports.Count >= MaxEntries)
        {
            _reports.Clear();
        }

        _reports[key] = new CachedReport(report, current, now);
        return report;
    }

    private sealed record CachedReport(GetReportResponse Report, long Version, long BuiltAt);
}
