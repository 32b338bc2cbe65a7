using HappinessApi.Features.Seeding;

namespace HappinessApi.Tests.Features.Seeding;

public sealed class SeedArgumentsTests
{
    [Test]
    public void UsesDefaults_WhenNoOptionIsGiven()
    {
        var parsed = SeedArguments.TryParse([], out var arguments, out _);

        Assert.That(parsed, Is.True);
        Assert.That(arguments, Is.EqualTo(new SeedArguments(90, 20_000, null)));
    }

    [Test]
    public void ReadsEveryOption_WhenAllAreGiven()
    {
        var parsed = SeedArguments.TryParse(
            ["--ratings", "10000000", "--days", "3650", "--seed", "-4"], out var arguments, out _);

        Assert.That(parsed, Is.True);
        Assert.That(arguments, Is.EqualTo(new SeedArguments(3650, 10_000_000, -4)));
    }

    [TestCase("--days", "0", "--days must be between 1 and 3650")]
    [TestCase("--days", "3651", "--days must be between 1 and 3650")]
    [TestCase("--ratings", "0", "--ratings must be between 1 and 50000000")]
    [TestCase("--ratings", "50000001", "--ratings must be between 1 and 50000000")]
    [TestCase("--ratings", "1e6", "--ratings needs a whole number")]
    [TestCase("--ratings", "20 000", "--ratings needs a whole number")]
    [TestCase("--seed", "x", "--seed needs a whole number")]
    [TestCase("--hours", "5", "Unknown argument '--hours'")]
    public void RefusesOption_WhenValueIsBad(string name, string value, string expected)
    {
        var parsed = SeedArguments.TryParse([name, value], out var arguments, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(arguments, Is.Null);
        Assert.That(error, Does.StartWith(expected));
    }

    [Test]
    public void RefusesOption_WhenValueIsMissing()
    {
        var parsed = SeedArguments.TryParse(["--days", "30", "--ratings"], out _, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(error, Is.EqualTo("--ratings needs a whole number."));
    }

    [Test]
    public void RefusesOption_WhenGivenTwice()
    {
        var parsed = SeedArguments.TryParse(["--days", "30", "--days", "31"], out _, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(error, Is.EqualTo("--days is given twice."));
    }

    [TestCase(new[] { "seed" }, true)]
    [TestCase(new[] { "seed", "--days", "5" }, true)]
    [TestCase(new[] { "--urls", "http://127.0.0.1:8081" }, false)]
    [TestCase(new string[0], false)]
    public void RecognisesTheCommand_OnlyWhenSeedComesFirst(string[] args, bool expected)
    {
        Assert.That(SeedCommand.IsRequested(args), Is.EqualTo(expected));
    }
}
