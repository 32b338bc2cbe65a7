using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HappinessApi.Infrastructure.OpenApi;

/// <summary>
/// Declares every {name} of an operation's path as a required path parameter, as OpenAPI demands;
/// endpoints that read their route values themselves are otherwise described without them.
/// </summary>
public sealed partial class RouteParameterOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = context.ApiDescription.RelativePath ?? "";
        operation.Parameters ??= [];
        var declared = operation.Parameters
            .Where(parameter => parameter.In == ParameterLocation.Path)
            .Select(parameter => parameter.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var name in RouteValues().Matches(path).Select(match => match.Groups[1].Value))
        {
            if (declared.Add(name))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Path,
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
        }
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)(?::[^}]*)?\}")]
    private static partial Regex RouteValues();
}
