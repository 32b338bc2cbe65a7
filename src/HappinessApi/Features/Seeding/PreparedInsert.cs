using Microsoft.Data.Sqlite;

namespace HappinessApi.Features.Seeding;

/// <summary>One statement compiled once and run many times with new values in the same parameters.</summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;

    private readonly SqliteParameter[] _parameters;

    public PreparedInsert(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = [.. parameterNames.Select(name => _command.Parameters.Add(new SqliteParameter(name, null)))];
        _command.Prepare();
    }

    public long RowCount { get; private set; }

    public SqliteTransaction? Transaction
    {
        set => _command.Transaction = value;
    }

    /// <summary>Runs the statement with the values in the order the parameter names were given.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        for (var index = 0; index < _parameters.Length; index++)
        {
            _parameters[index].Value = values[index] ?? DBNull.Value;
        }

        RowCount += _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
