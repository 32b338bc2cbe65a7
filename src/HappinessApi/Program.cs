using FastEndpoints;
using HappinessApi.Configuration;
using HappinessApi.Features.ApiKeys;
using HappinessApi.Features.Seeding;
using HappinessApi.Features.Webhooks;
using HappinessApi.Infrastructure.Auth;
using HappinessApi.Infrastructure.Cors;
using HappinessApi.Infrastructure.Database;
using HappinessApi.Infrastructure.Endpoints;
using HappinessApi.Infrastructure.Errors;
using HappinessApi.Infrastructure.Json;
using HappinessApi.Infrastructure.OpenApi;
using HappinessApi.Infrastructure.RateLimiting;

var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddHappinessOptions(builder.Configuration)
    .AddHappinessServices()
    .AddWebhooks()
    .AddApiKeyAuth()
    .AddReportCors()
    .AddFastEndpoints()
    .AddHappinessOpenApi()
    .AddHappinessRateLimiting()
    .ConfigureHttpJsonOptions(options => JsonConfiguration.Apply(options.SerializerOptions));

var app = builder.Build();

if (SeedCommand.IsRequested(args))
{
    return await app.RunSeedCommandAsync(args);
}

if (KeysCommand.IsRequested(args))
{
    return await app.RunKeysCommandAsync(args);
}

app.PrepareStorage();
app.UseProblemResponses();
app.UseReportCors();
app.UseHappinessRateLimiting();
app.UseAuthentication();
app.UseAuthorization();
app.UseHappinessEndpoints();
app.UseHappinessOpenApi();

app.Run();
return 0;

public partial class Program;
