using System.Text.Json.Nodes;
using HappinessApi.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace HappinessApi.Infrastructure.OpenApi;

/// <summary>
/// States who may call each operation: a public one gets an empty security list; one that needs an API key
/// gets the key's security requirement and, in <see cref="ScopesExtension"/>, the scopes the key must grant.
/// </summary>
public sealed class ApiKeyOperationFilter : IOperationFilter
{
    public const string SchemeName = "apiKey";

    // OpenAPI 3.0 lets only OAuth schemes name scopes in a security requirement, so they travel in an extension.
    public const string ScopesExtension = "x-required-scopes";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Security ??= [];
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var scopes = metadata.OfType<IAuthorizeData>()
            .Select(data => data.Policy)
            .OfType<string>()
            .Where(ApiScopes.All.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [],
        });
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[ScopesExtension] = new JsonNodeExtension(new JsonArray([.. scopes.Select(Node)]));
        operation.Description = scopes.Count == 0
            ? "Needs an API key."
            : $"Needs an API key with the scope {string.Join(" and ", scopes)} (or admin).";
    }

    private static JsonNode Node(string scope) => JsonValue.Create(scope);
}
