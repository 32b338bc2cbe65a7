using System.Text.Json.Serialization;

namespace HappinessApi.Infrastructure.Errors;

/// <summary>An RFC 9457 problem response.</summary>
public sealed record ApiProblem
{
    /// <summary>A URI reference that identifies the problem type.</summary>
    public required string Type { get; init; }

    /// <summary>A short summary of the problem type.</summary>
    public required string Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    public required int Status { get; init; }

    /// <summary>What went wrong with this request, for a person to read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    /// <summary>The request path.</summary>
    public required string Instance { get; init; }

    /// <summary>A stable machine-readable error code, such as token_invalid.</summary>
    public required string Code { get; init; }

    /// <summary>The trace id to quote when reporting the problem.</summary>
    public required string TraceId { get; init; }

    /// <summary>Field errors, when the request had any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiProblemFieldError>? Errors { get; init; }
}

/// <summary>One invalid field of a request.</summary>
/// <param name="Name">The field, in the request's own spelling.</param>
/// <param name="Reason">Why the value was refused.</param>
/// <param name="Code">A stable code for this field error.</param>
public sealed record ApiProblemFieldError(string Name, string Reason, string Code);
