using HappinessApi.Features.Landing;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Infrastructure.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HappinessApi.Infrastructure.OpenApi;

/// <summary>
/// Documents the refusals that come from the pipeline rather than from an endpoint: 413 and 415 for any
/// operation that takes a body, and 429 on the public routes that the rate limiter guards.
/// </summary>
public sealed class PipelineRefusalOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is not null)
        {
            Add(operation, context, StatusCodes.Status413PayloadTooLarge, "The request body is larger than 1 MB.");
            Add(operation, context, StatusCodes.Status415UnsupportedMediaType, "The body is of another media type.");
        }

        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (PublicRoutes.Includes(metadata, "/" + context.ApiDescription.RelativePath))
        {
            Add(operation, context, StatusCodes.Status429TooManyRequests, "Too many requests; see Retry-After.");
        }
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, int status, string why)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses.ContainsKey(key))
        {
            return;
        }

        var schema = context.SchemaGenerator.GenerateSchema(typeof(ApiProblem), context.SchemaRepository);
        var content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = schema },
        };
        if (IsCustomerPage(context))
        {
            content["text/html"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }

        operation.Responses[key] = new OpenApiResponse { Description = why, Content = content };
    }

    // A browser on the customer's pages gets these refusals as a page too.
    private static bool IsCustomerPage(OperationFilterContext context) =>
        LandingRoutes.IsCustomerPage("/" + context.ApiDescription.RelativePath);
}
