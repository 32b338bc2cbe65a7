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
            options.IncludeXmlComments(Assembly.GetExecutingAssembly());
            options.AddSecurityDefinition(ApiKeyOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key from 'keys create' or configuration, sent as 'Authorization: Bearer <key>'. "
                    + $"An operation that needs one lists the scopes in {ApiKeyOperationFilter.ScopesExtension}; "
                    + "the admin scope grants them all.",
            });
            options.OperationFilter<ApiKeyOperationFilter>();
            options.OperationFilter<QueryRequestOperationFilter>();
            options.OperationFilter<RouteParameterOperationFilter>();
        });
    }

    public static WebApplication UseHappinessOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "HappinessApi"));

        return app;
    }
}
