using System.Reflection;
using System.Text.Json;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HappinessApi.Infrastructure.OpenApi;

/// <summary>
/// A GET carries no body: this filter documents the [QueryParam] properties of a GET endpoint's
/// request DTO as query parameters.
/// </summary>
public sealed class QueryRequestOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod != HttpMethods.Get)
        {
            return;
        }

        operation.RequestBody = null;
        var requestType = context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<EndpointDefinition>()
            .FirstOrDefault()?.ReqDtoType;
        if (requestType is null)
        {
            return;
        }

        operation.Parameters ??= [];
        foreach (var property in requestType.GetProperties().Where(IsQueryParameter))
        {
            operation.Parameters.Add(ToParameter(property, context));
        }
    }

    private static bool IsQueryParameter(PropertyInfo property) =>
        property.GetCustomAttribute<QueryParamAttribute>() is not null;

    private static OpenApiParameter ToParameter(PropertyInfo property, OperationFilterContext context)
    {
        var schema = context.SchemaGenerator.GenerateSchema(property.PropertyType, context.SchemaRepository, property);

        return new OpenApiParameter
        {
            Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name),
            In = ParameterLocation.Query,
            Required = false,
            Schema = schema,
            Description = schema.Description,
        };
    }
}
