using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Infrastructure.Json;

namespace HappinessApi.Infrastructure.Endpoints;

public static class FastEndpointsSetup
{
    public static IApplicationBuilder UseHappinessEndpoints(this WebApplication app)
    {
        // Messages name fields as clients spell them ('ticketId'), not as split C# words ('Ticket Id').
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);

        app.UseMiddleware<RequestContentTypeMiddleware>();

        return app.UseFastEndpoints(Configure);
    }

    private static void Configure(Config config)
    {
        JsonConfiguration.Apply(config.Serializer.Options);
        config.Errors.ContentType = "application/problem+json";
        config.Errors.ProducesMetadataType = typeof(ApiProblem);
        config.Errors.ResponseBuilder = (failures, context, status) =>
            ProblemFactory.FromFailures(failures, context, status);
        config.Binding.JsonExceptionTransformer = ToFailure;
        config.Binding.FailureMessage = (_, name, _) => $"'{name}' does not have a value of the expected type.";
    }

    private static ValidationFailure ToFailure(JsonException exception)
    {
        var path = exception.Path is { Length: > 2 } jsonPath ? jsonPath[2..] : "";

        return new ValidationFailure(path, "The value is not valid JSON of the expected type.")
        {
            ErrorCode = ProblemCodes.InvalidJson,
        };
    }
}
