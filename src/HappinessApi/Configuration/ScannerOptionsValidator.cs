using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed class ScannerOptionsValidator : IValidateOptions<ScannerOptions>
{
    public ValidateOptionsResult Validate(string? name, ScannerOptions options) =>
        options.MinimumFormDwell >= TimeSpan.Zero && options.BurstWindow >= TimeSpan.Zero
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Scanner:MinimumFormDwell and Scanner:BurstWindow must not be negative.");
}
