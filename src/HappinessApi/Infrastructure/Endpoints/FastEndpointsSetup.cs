using System.Text.Json;
using FastEndpoints;
using FluentValidation.Results;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Infrastructure.Json;

namespace HappinessApi.Infrastructure.Endpoints;

public static class FastEndpointsSetup
{
    public static IApplicationBuilder UseHappinessEndpoints(this WebApplication app) => app.UseFastEndpoints(config =>
    {
        JsonConfiguration.Apply(config.Serializer.Options);
        config.Errors.ContentType = "application/problem+json";
        config.Errors.ProducesMetadataType = typeof(ApiProblem);
        config.Errors.ResponseBuilder = (failures, context, status) =>
            ProblemFactory.FromFailures(failures, context, status);
        config.Binding.JsonExceptionTransformer = ToFailure;
    });

    private static ValidationFailure ToFailure(JsonException exception)
    {
        var path = exception.Path is { Length: > 2 } jsonPath ? jsonPath[2..] : "";

        return new ValidationFailure(path, "The value is not valid JSON of the expected type.")
        {
            ErrorCode = ProblemCodes.InvalidJson,
        };
    }
}
