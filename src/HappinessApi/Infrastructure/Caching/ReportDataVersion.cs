namespace HappinessApi.Infrastructure.Caching;

/// <summary>
/// Counts the commits that change what a report shows (ratings, their moderation), so that a report built before
/// the latest one is known to be stale. It is this process's count: another instance's commits reach it only through
/// the short age limit of each cache.
/// </summary>
public sealed class ReportDataVersion
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Bump() => Interlocked.Increment(ref _current);
}
