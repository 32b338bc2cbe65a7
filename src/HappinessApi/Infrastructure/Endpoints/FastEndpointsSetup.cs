using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;
using HappinessApi.Features.Landing;
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
        app.UseMiddleware<RepeatedQueryMiddleware>();
        app.UseMiddleware<LandingFormReader>();

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

        // Through the body stream, not its PipeReader: a stopping server cancels each connection's pending read,
        // and a reader that examined more than it consumed (the PipeReader path, on a body not fully received
        // yet) is handed that cancellation and fails the request with a 500. The stream consumes all it reads,
        // so Kestrel reads on and the request in flight is answered.
        var options = config.Serializer.Options;
        config.Serializer.RequestDeserializer = (request, type, context, ct) =>
            JsonSerializer.DeserializeAsync(request.Body, type, context?.Options ?? options, ct);
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
