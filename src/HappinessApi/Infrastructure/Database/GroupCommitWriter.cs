using System.Data.Common;
using System.Threading.Channels;
using HappinessApi.Infrastructure.Caching;

namespace HappinessApi.Infrastructure.Database;

/// <summary>
/// A unit of work for <see cref="GroupCommitWriter"/>: it reads and writes on the transaction it is given.
/// </summary>
public delegate Task<T> GroupWork<T>(DbConnection connection, DbTransaction transaction);

/// <summary>
/// The one writer of ratings. With <c>synchronous=FULL</c> every commit waits for the disk, so one transaction
/// per request tops out at the disk's flush rate; here the writer takes every request that queued while it was
/// busy, and every one that arrives while it writes them (up to <see cref="MaxBatch"/>), runs each in a savepoint
/// of one transaction, commits once, and only then answers them all. Each request sees the writes of those before
/// it, and one that fails is rolled back alone.
/// </summary>
public sealed class GroupCommitWriter(
    SqliteConnectionFactory connections, ReportDataVersion reportData, ILogger<GroupCommitWriter> logger)
    : IHostedService
{
    // TODO(#7): each rating costs the writer about 0.9 ms (aggregates, sketches, event, outbox), so ingest is 0.02
    // of a bare endpoint, far from 0.5; the aggregate and sketch updates need to leave the per-rating path.
    public const int MaxBatch = 256;

    private readonly Channel<QueuedWork> _queue =
        Channel.CreateUnbounded<QueuedWork>(new UnboundedChannelOptions { SingleReader = true });

    private Task _loop = Task.CompletedTask;

    /// <summary>How many transactions were committed, for the tests that prove requests share them.</summary>
    public long Commits { get; private set; }

    /// <summary>Runs the work in the next group; completes once the group is committed (or the work failed).</summary>
    public async Task<T> RunAsync<T>(GroupWork<T> work)
    {
        var queued = new QueuedWork(async (connection, transaction) => await work(connection, transaction));
        if (!_queue.Writer.TryWrite(queued))
        {
            throw new InvalidOperationException("The service is stopping; nothing more is written.");
        }

        return (T)(await queued.Done.Task)!;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(WriteUntilStoppedAsync, CancellationToken.None);

        return Task.CompletedTask;
    }

    /// <summary>Takes no more work, and returns once everything already queued is committed.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();

        await _loop.WaitAsync(cancellationToken);
    }

    private async Task WriteUntilStoppedAsync()
    {
        while (await _queue.Reader.WaitToReadAsync())
        {
            await WriteGroupAsync();
        }
    }

    private async Task WriteGroupAsync()
    {
        var group = new List<(QueuedWork Work, object? Result)>();
        try
        {
            await using var connection = await connections.OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            while (group.Count < MaxBatch && _queue.Reader.TryRead(out var queued))
            {
                if (await RunInSavepointAsync(connection, transaction, queued, group.Count) is { } done)
                {
                    group.Add(done);
                }
            }

            await transaction.CommitAsync();
            Commits++;
            reportData.Bump();
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            GroupCommitLog.CommitFailed(logger, exception, group.Count);
            group.ForEach(item => item.Work.Done.TrySetException(exception));
            return;
        }

        group.ForEach(item => item.Work.Done.TrySetResult(item.Result));
    }

    private static async Task<(QueuedWork, object?)?> RunInSavepointAsync(
        DbConnection connection, DbTransaction transaction, QueuedWork queued, int index)
    {
        var savepoint = $"w{index}";
        await transaction.SaveAsync(savepoint);
        try
        {
            var result = await queued.Work(connection, transaction);
            await transaction.ReleaseAsync(savepoint);
            return (queued, result);
        }
        catch (Exception exception)
        {
            await transaction.RollbackAsync(savepoint);
            queued.Done.TrySetException(exception);
            return null;
        }
    }

    private sealed record QueuedWork(GroupWork<object?> Work)
    {
        public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
