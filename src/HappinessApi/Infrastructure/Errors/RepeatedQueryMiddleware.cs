using System.Text.Json;

namespace HappinessApi.Infrastructure.Errors;

/// <summary>
/// Refuses a query that names a parameter twice, before any binding: the framework would join the values with a
/// comma, and a report would answer for a team, a window or a filter that nobody asked for.
/// </summary>
public sealed class RepeatedQueryMiddleware(RequestDelegate next)
{
    public const string Code = "repeated_parameter";

    public Task InvokeAsync(HttpContext context)
    {
        var repeated = context.Request.Query
            .Where(parameter => parameter.Value.Count > 1)
            .Select(parameter => JsonNamingPolicy.CamelCase.ConvertName(parameter.Key))
            .ToList();
        if (repeated.Count == 0 || context.GetEndpoint() is null)
        {
            return next(context);
        }

        var errors = repeated
            .Select(name => new ApiProblemFieldError(name, $"'{name}' must be given at most once.", Code))
            .ToList();
        var problem = ProblemFactory.Create(
            context, StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, errors[0].Reason) with
        {
            Errors = errors,
        };

        return ProblemFactory.WriteAsync(context, problem);
    }
}
