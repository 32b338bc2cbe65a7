using Dapper;
using HappinessApi.Configuration;
using HappinessApi.Infrastructure.Caching;
using HappinessApi.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HappinessApi.Tests.Infrastructure.Database;

/// <summary>The single writer on a real SQLite file, with a gate that holds it busy while work queues up.</summary>
public sealed class GroupCommitWriterTests
{
    private DirectoryInfo _directory = null!;

    private GroupCommitWriter _writer = null!;

    private string ConnectionString => $"Data Source={Path.Combine(_directory.FullName, "w.db")};Pooling=False";

    [SetUp]
    public async Task Start()
    {
        _directory = Directory.CreateTempSubdirectory("happiness-writer-");
        await using (var connection = new SqliteConnection(ConnectionString))
        {
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL; CREATE TABLE items (name TEXT NOT NULL);");
        }

        var options = Options.Create(new DatabaseOptions { ConnectionString = ConnectionString });
        _writer = new GroupCommitWriter(
            new SqliteConnectionFactory(options), new ReportDataVersion(), NullLogger<GroupCommitWriter>.Instance);
        await _writer.StartAsync(CancellationToken.None);
    }

    [TearDown]
    public async Task Stop()
    {
        await _writer.StopAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    [Test]
    public async Task CommitsWritesThatArriveWhileAGroupIsWritten_InThatGroup()
    {
        var (started, gate) = (new TaskCompletionSource(), new TaskCompletionSource());
        var first = _writer.RunAsync(async (connection, transaction) =>
        {
            started.SetResult();
            await gate.Task;
            return await InsertAsync(connection, transaction, "first");
        });
        await started.Task;
        var waiting = Enumerable.Range(0, 9)
            .Select(index => _writer.RunAsync((connection, transaction) =>
                InsertAsync(connection, transaction, $"item-{index}")))
            .ToList();

        gate.SetResult();
        await Task.WhenAll(waiting.Append(first));

        Assert.That(_writer.Commits, Is.EqualTo(1), "the nine queued while the first was being written joined it");
        Assert.That(await NamesAsync(), Has.Count.EqualTo(10));
    }

    [Test]
    public async Task RollsBackOnlyTheFailedWrite_WhenOneOfAGroupThrows()
    {
        var gate = new TaskCompletionSource();
        var holder = _writer.RunAsync(async (_, _) =>
        {
            await gate.Task;
            return 0;
        });
        var before = _writer.RunAsync((connection, transaction) => InsertAsync(connection, transaction, "before"));
        var failing = _writer.RunAsync<int>(async (connection, transaction) =>
        {
            await InsertAsync(connection, transaction, "failed");
            throw new InvalidOperationException("refused");
        });
        var after = _writer.RunAsync((connection, transaction) => InsertAsync(connection, transaction, "after"));

        gate.SetResult();
        await Task.WhenAll(holder, before, after);

        Assert.That(() => failing, Throws.InvalidOperationException.With.Message.EqualTo("refused"));
        Assert.That(await NamesAsync(), Is.EqualTo(new[] { "after", "before" }));
    }

    [Test]
    public async Task WritesWhatWasQueued_WhenStoppedWhileBusy()
    {
        var gate = new TaskCompletionSource();
        var holder = _writer.RunAsync(async (connection, transaction) =>
        {
            await gate.Task;
            return await InsertAsync(connection, transaction, "holder");
        });
        var queued = _writer.RunAsync((connection, transaction) => InsertAsync(connection, transaction, "queued"));

        var stopping = _writer.StopAsync(CancellationToken.None);
        gate.SetResult();
        await Task.WhenAll(holder, queued, stopping);

        Assert.That(await NamesAsync(), Is.EqualTo(new[] { "holder", "queued" }));
        Assert.That(
            () => _writer.RunAsync((connection, transaction) => InsertAsync(connection, transaction, "late")),
            Throws.InvalidOperationException);
    }

    private static Task<int> InsertAsync(System.Data.Common.DbConnection connection,
        System.Data.Common.DbTransaction transaction, string name) =>
        connection.ExecuteAsync("INSERT INTO items (name) VALUES (@name)", new { name }, transaction);

    private async Task<List<string>> NamesAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        return [.. await connection.QueryAsync<string>("SELECT name FROM items ORDER BY name")];
    }
}
