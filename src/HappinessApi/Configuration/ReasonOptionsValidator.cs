using System.Text.RegularExpressions;
using HappinessApi.Features.Reasons;
using Microsoft.Extensions.Options;

namespace HappinessApi.Configuration;

public sealed partial class ReasonOptionsValidator : IValidateOptions<ReasonOptions>
{
    public ValidateOptionsResult Validate(string? name, ReasonOptions options)
    {
        var failures = options.Items.SelectMany(Check).ToList();

        if (options.Items.DistinctBy(item => item.Code, StringComparer.Ordinal).Count() != options.Items.Count)
        {
            failures.Add("Reasons:Items codes must be unique.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(ReasonOption item)
    {
        if (!CodePattern().IsMatch(item.Code))
        {
            yield return $"Reasons:Items code '{item.Code}' must be 1-40 lower-case letters, digits or '_'.";
        }

        if (ReasonFamilies.Parse(item.Family) is null)
        {
            yield return $"Reasons:Items '{item.Code}' needs a Family of support or outcome.";
        }

        if (!item.Labels.ContainsKey("en"))
        {
            yield return $"Reasons:Items '{item.Code}' needs an English label (Labels:en).";
        }
    }

    [GeneratedRegex("^[a-z0-9_]{1,40}$")]
    private static partial Regex CodePattern();
}
