using HappinessApi.Configuration;

namespace HappinessApi.Tests.Configuration;

public sealed class PublicReportOptionsValidatorTests
{
    [TestCase("https://status.example.com")]
    [TestCase("http://localhost:3000")]
    [TestCase("https://Status.Example.com:8443")]
    public void Accepts_WhenTheOriginIsSchemeHostAndPort(string origin)
    {
        var result = Validate(origin);

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [TestCase("https://status.example.com/")]
    [TestCase("https://status.example.com/report")]
    [TestCase("https://status.example.com?embed=1")]
    [TestCase("https://user@status.example.com")]
    [TestCase("status.example.com")]
    [TestCase("ftp://status.example.com")]
    [TestCase("*")]
    [TestCase("")]
    public void RefusesNamingTheValue_WhenItIsNotAnOrigin(string origin)
    {
        var result = Validate(origin);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain($"PublicReport:AllowedOrigins '{origin}'"));
        }
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string origin) =>
        new PublicReportOptionsValidator().Validate(null, new PublicReportOptions { AllowedOrigins = [origin] });
}
