using System.Reflection;
using Microsoft.OpenApi;

namespace HappinessApi.Infrastructure.OpenApi;

public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddHappinessOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();

        return services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new() { Title = "HappinessApi", Version = DocumentName });
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();

            // A nullable property of an object type must say so; OpenAPI 3.0 ignores siblings of a bare $ref.
            options.UseAllOfToExtendReferenceSchemas();
            options.IncludeXmlComments(Assembly.GetExecutingAssembly());
            options.AddSecurityDefinition(ApiKeyOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key from 'keys create' or configuration, sent as 'Authorization: Bearer <key>'. "
                    + $"An operation that needs one lists the scopes in {ApiKeyOperationFilter.ScopesExtension}; "
                    + "the admin scope grants them all.",
            });
            options.SchemaFilter<NullableEnumSchemaFilter>();
            options.OperationFilter<ApiKeyOperationFilter>();
            options.OperationFilter<QueryRequestOperationFilter>();
            options.OperationFilter<RouteParameterOperationFilter>();
            options.OperationFilter<PipelineRefusalOperationFilter>();
            options.OperationFilter<HtmlResponseOperationFilter>();
        });
    }

    public static WebApplication UseHappinessOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "HappinessApi"));

        return app;
    }
}
