using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);

            return string.IsNullOrWhiteSpace(builder.DataSource)
                ? ValidateOptionsResult.Fail("ConnectionStrings:Happiness names no Data Source.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Happiness is invalid: {exception.Message}");
        }
    }
}
