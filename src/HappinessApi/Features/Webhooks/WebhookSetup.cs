using HappinessApi.Configuration;
using HappinessApi.Features.Webhooks.Dispatch;
using HappinessApi.Features.Webhooks.Outbox;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Webhooks;

public static class WebhookSetup
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();

        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<WebhookSubscriptionStore>();
        services.AddSingleton<WebhookDeliveryStore>();
        services.AddSingleton<OwnAddresses>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookRetryPipeline>();
        services.AddHostedService<WebhookDispatcher>();

        // Redirects are not followed (Standard Webhooks): they would lead a delivery where it was not sent.
        services.AddHttpClient(WebhookSender.ClientName, (provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.AttemptTimeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("HappinessApi-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });

        return services;
    }
}
