using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HappinessApi.Infrastructure.OpenApi;

/// <summary>
/// The customer's pages answer a browser with an HTML page where an API client gets a problem; a
/// response declared for both would otherwise describe the page with the problem's schema.
/// </summary>
public sealed class HtmlResponseOperationFilter : IOperationFilter
{
    private const string Html = "text/html";

    private const JsonSchemaType Text = JsonSchemaType.String;

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var response in (operation.Responses ?? []).Values)
        {
            if (response.Content?.ContainsKey(Html) == true)
            {
                response.Content[Html] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = Text } };
            }
        }
    }
}
