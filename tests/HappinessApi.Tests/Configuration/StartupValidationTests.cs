using HappinessApi.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace HappinessApi.Tests.Configuration;

public sealed class StartupValidationTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("happiness-config-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [TestCase("Auth:Keys:5:Key", "short")]
    [TestCase("Tokens:AllowedClockSkew", "365.00:00:00")]
    [TestCase("Links:PublicBaseUrl", "http://happiness.example.com/a?b=1#frag")]
    [TestCase("Tokens:DefaultLifetime", "-1.00:00:00")]
    [TestCase("Reasons:Items:0:Code", "Not A Code")]
    [TestCase("PublicReport:AllowedOrigins:0", "https://status.example.com/")]
    public void RefusesToStartAndTouchesNothing_WhenASettingIsInvalid(string key, string value)
    {
        var settings = TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live).Append(new(key, value));
        if (key.StartsWith("Auth", StringComparison.Ordinal))
        {
            settings = settings.Append(new("Auth:Keys:5:Name", "bad"));
        }

        using var factory = new HappinessApiFactory(_directory, settings);

        var start = () => factory.CreateApiClient();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                start,
                Throws.InstanceOf<OptionsValidationException>().With.Message.Contains(key.Split(':')[0]));
            Assert.That(Directory.EnumerateFileSystemEntries(_directory), Is.Empty);
        }
    }

    [Test]
    public void RefusesToStart_WhenTwoApiKeysShareAValue()
    {
        var settings = TestKeys.Settings(TestKeys.Live.Id, TestKeys.Live)
            .Append(new("Auth:Keys:5:Name", "reader"))
            .Append(new("Auth:Keys:5:Key", HappinessApiFactory.AdminKey))
            .Append(new("Auth:Keys:5:Scopes:0", "reports:read"));
        using var factory = new HappinessApiFactory(_directory, settings);

        var start = () => factory.CreateApiClient();

        Assert.That(start, Throws.InstanceOf<OptionsValidationException>());
    }
}
