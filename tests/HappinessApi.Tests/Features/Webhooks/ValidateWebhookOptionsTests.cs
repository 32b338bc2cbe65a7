using HappinessApi.Configuration;
using HappinessApi.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace HappinessApi.Tests.Features.Webhooks;

public sealed class ValidateWebhookOptionsTests
{
    [Test]
    public void Accepts_WhenTheDefaultsAreKept() =>
        Assert.That(new WebhookOptionsValidator().Validate(null, new WebhookOptions()).Succeeded, Is.True);

    [TestCase(nameof(WebhookOptions.RetryWindow), "23:59:59")]
    [TestCase(nameof(WebhookOptions.FirstRetryDelay), "00:00:00")]
    [TestCase(nameof(WebhookOptions.MaxRetryDelay), "00:00:05")]
    [TestCase(nameof(WebhookOptions.AttemptTimeout), "00:10:00")]
    [TestCase(nameof(WebhookOptions.PollInterval), "00:00:00")]
    public void NamesTheSetting_WhenATimeIsOutOfRange(string name, string value)
    {
        var options = new WebhookOptions();
        var time = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        typeof(WebhookOptions).GetProperty(name)!.SetValue(options, time);

        var result = new WebhookOptionsValidator().Validate(null, options);

        Assert.That(result.FailureMessage, Does.Contain($"Webhooks:{name}"));
    }

    [Test]
    public void RefusesToStart_WhenRetriesWouldStopWithinADay()
    {
        var settings = TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live)
            .Append(new("Webhooks:RetryWindow", "06:00:00"));
        using var factory = new HappinessApiFactory(null, settings);

        var start = () => factory.CreateApiClient();

        Assert.That(start, Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("RetryWindow"));
    }
}
