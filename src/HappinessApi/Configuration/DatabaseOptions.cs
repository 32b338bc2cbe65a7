using System.ComponentModel.DataAnnotations;

namespace HappinessApi.Configuration;

public sealed class DatabaseOptions
{
    public const string ConnectionStringName = "Happiness";

    public const string DefaultConnectionString = "Data Source=data/happiness.db";

    [Required]
    public string ConnectionString { get; set; } = DefaultConnectionString;
}
