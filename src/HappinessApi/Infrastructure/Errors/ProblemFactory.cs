using System.Diagnostics;
using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.WebUtilities;

namespace HappinessApi.Infrastructure.Errors;

public static class ProblemFactory
{
    public static ApiProblem Create(HttpContext context, int status, string code, string? detail = null) => new()
    {
        Type = $"https://httpstatuses.io/{status}",
        Title = ReasonPhrases.GetReasonPhrase(status),
        Status = status,
        Detail = detail,
        Instance = context.Request.Path,
        Code = code,
        TraceId = Activity.Current?.Id ?? context.TraceIdentifier,
    };

    public static ApiProblem FromFailures(IReadOnlyList<ValidationFailure> failures, HttpContext context, int status)
    {
        var code = TopLevelCode(failures);
        var errors = failures
            .Select(failure => new ApiProblemFieldError(
                FieldName(failure.PropertyName),
                failure.ErrorMessage,
                FieldCode(failure.ErrorCode)))
            .ToList();

        return Create(context, status, code, DetailFor(code, errors)) with { Errors = errors };
    }

    public static Task WriteAsync(HttpContext context, ApiProblem problem)
    {
        context.Response.StatusCode = problem.Status;

        return context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
    }

    private static string TopLevelCode(IReadOnlyList<ValidationFailure> failures)
    {
        var codes = failures.Select(failure => failure.ErrorCode).Distinct().ToList();

        return codes.Count == 1 && ProblemCodes.IsTopLevel(codes[0]) ? codes[0] : ProblemCodes.ValidationFailed;
    }

    private static string? DetailFor(string code, List<ApiProblemFieldError> errors) => code switch
    {
        ProblemCodes.TokenInvalid => "The token is not valid.",
        ProblemCodes.TokenExpired => "The token has expired.",
        ProblemCodes.InvalidJson => "The request body is not valid JSON for this request.",
        ProblemCodes.InvalidCursor => "The cursor is not one this listing gave for these criteria.",
        _ => errors.Count == 1 ? errors[0].Reason : "One or more fields are invalid.",
    };

    private static string FieldName(string propertyName) => string.IsNullOrEmpty(propertyName)
        ? "body"
        : string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static string FieldCode(string? errorCode) => errorCode switch
    {
        null or "" => "invalid",
        _ when ProblemCodes.IsTopLevel(errorCode) => errorCode,
        _ => ToSnakeCase(errorCode.Replace("Validator", "", StringComparison.Ordinal)),
    };

    private static string ToSnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
