using System.Reflection;
using System.Text.Json;
using FastEndpoints;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HappinessApi.Infrastructure.OpenApi;

/// <summary>
/// FastEndpoints describes a GET request DTO as a body; this filter documents its [QueryParam]
/// properties as query parameters instead, since a GET carries no body.
/// </summary>
public sealed class QueryRequestOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.HttpMethod != HttpMethods.Get || operation.RequestBody is null)
        {
            return;
        }

        var requestType = context.ApiDescription.ParameterDescriptions
            .Select(parameter => parameter.Type)
            .FirstOrDefault(type => type is not null && type.IsClass && type != typeof(string));
        operation.RequestBody = null;
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
