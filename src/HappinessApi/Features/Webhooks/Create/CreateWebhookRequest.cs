using FastEndpoints;
using FluentValidation;

namespace HappinessApi.Features.Webhooks.Create;

/// <summary>A receiver for rating events.</summary>
public sealed class CreateWebhookRequest
{
    /// <summary>Where the events are posted: an absolute http or https URL, not this service's own.</summary>
    public string Url { get; init; } = "";

    /// <summary>The events wanted: rating.created, rating.changed and/or rating.commented.</summary>
    public List<string> Events { get; init; } = [];

    /// <summary>
    /// The signing secret, "whsec_" and the base64 of 24 to 64 random bytes; one is generated when
    /// it is left out.
    /// </summary>
    public string? Secret { get; init; }
}

public sealed class CreateWebhookValidator : Validator<CreateWebhookRequest>
{
    public const int MaxUrlLength = 2000;

    public CreateWebhookValidator()
    {
        RuleFor(request => request.Url)
            .NotEmpty()
            .MaximumLength(MaxUrlLength)
            .Must(IsHttpUrl)
            .WithMessage("'url' must be an absolute http or https URL without user information or fragment.")
            .WithErrorCode("not_http_url");

        RuleFor(request => request.Events)
            .NotEmpty()
            .Must(events => events.Count <= WebhookEvents.All.Count)
            .WithMessage("'events' lists more events than there are.");

        RuleForEach(request => request.Events)
            .Must(WebhookEvents.IsKnown)
            .WithMessage($"'{{PropertyValue}}' is not an event; use {string.Join(", ", WebhookEvents.All)}.")
            .WithErrorCode("unknown_event");

        RuleFor(request => request.Secret)
            .Must(secret => secret is null || WebhookSecrets.IsValid(secret))
            .WithMessage("'secret' must be \"whsec_\" followed by the base64 of 24 to 64 bytes.")
            .WithErrorCode("invalid_secret");
    }

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed)
        && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
        && parsed.IdnHost.Length > 0
        && parsed.UserInfo.Length == 0
        && parsed.Fragment.Length == 0;
}
