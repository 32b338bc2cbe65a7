using HappinessApi.Features.Reasons;

namespace HappinessApi.Features.Reasons.List;

/// <summary>The reasons a customer may give for an ok or not good rating.</summary>
/// <param name="Reasons">Every reason, in the order the rating page shows them.</param>
public sealed record ListReasonsResponse(IReadOnlyList<ReasonResponse> Reasons);

/// <summary>One reason.</summary>
/// <param name="Code">The code to send in a rating's reasons.</param>
/// <param name="Family">support (how we helped) or outcome (what the answer was).</param>
/// <param name="Labels">The label per language, such as en and fr.</param>
public sealed record ReasonResponse(string Code, ReasonFamily Family, IReadOnlyDictionary<string, string> Labels);
