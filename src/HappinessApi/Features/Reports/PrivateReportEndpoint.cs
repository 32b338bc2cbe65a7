using FastEndpoints;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Caching;
using HappinessApi.Infrastructure.Errors;

namespace HappinessApi.Features.Reports;

/// <summary>What every private report shares: an API key with reports:read, query binding, ETags, docs.</summary>
public abstract class PrivateReportEndpoint<TRequest, TResponse> : Endpoint<TRequest, TResponse>
    where TRequest : notnull, new()
    where TResponse : notnull
{
    protected void ConfigureReport(string route, string summary)
    {
        Get(route);
        Policies(ApiScopes.ReportsRead);
        RequestBinder(new RequestBinder<TRequest>(BindingSource.QueryParams));
        Definition.UseETags();
        Description(builder => builder
            .WithTags("Reports")
            .WithSummary(summary)
            .Produces<TResponse>(StatusCodes.Status200OK)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, "application/problem+json")
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, "application/problem+json"),
            clearDefaults: true);
    }
}
