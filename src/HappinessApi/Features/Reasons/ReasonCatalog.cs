using HappinessApi.Configuration;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Reasons;

/// <summary>The reasons a customer may give for ok or not good: configured, or the built-in list.</summary>
public sealed class ReasonCatalog
{
    private readonly Dictionary<string, Reason> _byCode;

    public ReasonCatalog(IOptions<ReasonOptions> options)
    {
        All = options.Value.Items.Count == 0 ? DefaultReasons.All : [.. options.Value.Items.Select(ToReason)];
        _byCode = All.ToDictionary(reason => reason.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Reason> All { get; }

    public bool IsKnown(string? code) => code is not null && _byCode.ContainsKey(code);

    public Reason? Find(string code) => _byCode.GetValueOrDefault(code);

    private static Reason ToReason(ReasonOption item) =>
        new(item.Code, ReasonFamilies.Parse(item.Family)!.Value, item.Labels);
}
