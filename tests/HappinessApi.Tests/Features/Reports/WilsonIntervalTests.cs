using HappinessApi.Features.Reports.Figures;

namespace HappinessApi.Tests.Features.Reports;

public sealed class WilsonIntervalTests
{
    [TestCase(5, 10, 23.7, 76.3)]
    [TestCase(0, 10, 0.0, 27.8)]
    [TestCase(10, 10, 72.2, 100.0)]
    [TestCase(1, 1, 20.7, 100.0)]
    [TestCase(85, 100, 76.7, 90.7)]
    public void ReturnsHandComputedBounds_WhenSampleIsGiven(int great, int total, double low, double high)
    {
        var interval = WilsonInterval.Percent(great, total);

        Assert.That(interval, Is.EqualTo(((decimal)low, (decimal)high)));
    }

    [Test]
    public void ReturnsNull_WhenThereAreNoRatings()
    {
        var interval = WilsonInterval.Percent(0, 0);

        Assert.That(interval, Is.Null);
    }
}
