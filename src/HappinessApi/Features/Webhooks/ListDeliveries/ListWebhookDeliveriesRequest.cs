using FastEndpoints;
using FluentValidation;

namespace HappinessApi.Features.Webhooks.ListDeliveries;

public sealed class ListWebhookDeliveriesRequest
{
    /// <summary>Only deliveries in this state: pending, delivered or failed.</summary>
    [QueryParam]
    public WebhookDeliveryStatus? Status { get; init; }

    /// <summary>How many of the most recent deliveries to list, 1 to 500.</summary>
    [QueryParam]
    public int Limit { get; init; } = 100;
}

public sealed class ListWebhookDeliveriesValidator : Validator<ListWebhookDeliveriesRequest>
{
    public const int MaxLimit = 500;

    public ListWebhookDeliveriesValidator()
    {
        RuleFor(request => request.Status)
            .IsInEnum();

        RuleFor(request => request.Limit)
            .InclusiveBetween(1, MaxLimit);
    }
}
