using System.Globalization;
using HappinessApi.Configuration;

namespace HappinessApi.Tests.Features.RateLimiting;

public sealed class ValidateRateLimitingOptionsTests
{
    private readonly RateLimitingOptionsValidator _validator = new();

    [Test]
    public void Succeeds_WhenDefaults()
    {
        var result = _validator.Validate(null, new RateLimitingOptions());

        Assert.That(result.Succeeded, Is.True);
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void FailsNamingPermitLimit_WhenNotPositive(int permitLimit)
    {
        var result = _validator.Validate(null, new RateLimitingOptions { PermitLimit = permitLimit });

        Assert.That(result.FailureMessage, Does.Contain("RateLimiting:PermitLimit"));
    }

    [TestCase("00:00:00")]
    [TestCase("-00:00:01")]
    public void FailsNamingWindow_WhenNotPositive(string window)
    {
        var options = new RateLimitingOptions { Window = TimeSpan.Parse(window, CultureInfo.InvariantCulture) };

        var result = _validator.Validate(null, options);

        Assert.That(result.FailureMessage, Does.Contain("RateLimiting:Window"));
    }

    [Test]
    public void FailsNamingProxy_WhenTrustedProxyIsNotAnAddress()
    {
        var options = new RateLimitingOptions { TrustedProxies = ["127.0.0.1", "proxy.example.com"] };

        var result = _validator.Validate(null, options);

        Assert.That(result.FailureMessage, Does.Contain("'proxy.example.com'"));
    }
}
