using HappinessApi.Features.Reports;

namespace HappinessApi.Tests.Features.Reports;

public sealed class ReportFiguresTests
{
    [TestCase(5, 3, 2, new[] { 50, 30, 20 })]
    [TestCase(1, 1, 1, new[] { 34, 33, 33 })]
    [TestCase(2, 2, 2, new[] { 34, 33, 33 })]
    [TestCase(1, 2, 0, new[] { 33, 67, 0 })]
    [TestCase(0, 0, 7, new[] { 0, 0, 100 })]
    [TestCase(85, 9, 6, new[] { 85, 9, 6 })]
    [TestCase(1, 1, 4, new[] { 17, 17, 66 })]
    public void PercentagesUseLargestRemainder_WhenCountsDoNotDivideEvenly(
        int great, int ok, int notGood, int[] expected)
    {
        var percentages = new ReportFigures(great, ok, notGood).Percentages();

        Assert.That(percentages, Is.EqualTo(expected));
    }

    [Test]
    public void PercentagesAlwaysAddUpTo100_WhenAnyCountsUpTo40()
    {
        for (var great = 0; great <= 40; great++)
        {
            for (var ok = 0; ok <= 40; ok++)
            {
                for (var notGood = great + ok == 0 ? 1 : 0; notGood <= 40; notGood++)
                {
                    var percentages = new ReportFigures(great, ok, notGood).Percentages()!;

                    Assert.That(percentages.Sum(), Is.EqualTo(100), $"{great}/{ok}/{notGood}");
                }
            }
        }
    }

    [Test]
    public void HappinessScoreIsMinus100_WhenAllNotGood()
    {
        var figures = new ReportFigures(0, 0, 4);

        Assert.That(figures.HappinessScore(), Is.EqualTo(-100m));
    }

    [Test]
    public void EverythingIsNull_WhenNoRatings()
    {
        var figures = new ReportFigures(0, 0, 0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(figures.Percentages(), Is.Null);
            Assert.That(figures.Satisfaction(), Is.Null);
            Assert.That(figures.HappinessScore(), Is.Null);
        }
    }
}
