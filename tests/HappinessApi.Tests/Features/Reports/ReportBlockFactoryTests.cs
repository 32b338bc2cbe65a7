using HappinessApi.Features.Reports.Figures;
using HappinessApi.Features.Reports.GetReport;

namespace HappinessApi.Tests.Features.Reports;

public sealed class ReportBlockFactoryTests
{
    [Test]
    public void ReportsHandComputedFigures_WhenFiveGreatThreeOkTwoNotGood()
    {
        var ratings = new RatingTally(null, 5, 3, 2, Customers: 4);
        var invitations = new InvitationTally(null, Invitations: 40, Customers: 16);

        var block = ReportBlockFactory.Build(ratings, invitations, minimumSample: 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(block.Counts, Is.EqualTo(new ReportCounts(5, 3, 2, 10)));
            Assert.That(block.Percentages, Is.EqualTo(new ReportPercentages(50, 30, 20)));
            Assert.That(block.Satisfaction, Is.EqualTo(50m));
            Assert.That(block.HappinessScore, Is.EqualTo(30m));
            Assert.That(block.SatisfactionInterval, Is.EqualTo(new ReportInterval(23.7m, 76.3m)));
            Assert.That(block.LowSample, Is.False);
            Assert.That(block.ResponseRate, Is.EqualTo(25m));
            Assert.That(block.CustomerResponseRate, Is.EqualTo(25m));
        }
    }

    [Test]
    public void ReportsNullsAndLowSample_WhenThereAreNoRatingsNorInvitations()
    {
        var block = ReportBlockFactory.Build(null, null, minimumSample: 10);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(block.Counts, Is.EqualTo(new ReportCounts(0, 0, 0, 0)));
            Assert.That(block.Percentages, Is.EqualTo(new ReportPercentages(null, null, null)));
            Assert.That(block.Satisfaction, Is.Null);
            Assert.That(block.HappinessScore, Is.Null);
            Assert.That(block.SatisfactionInterval, Is.Null);
            Assert.That(block.LowSample, Is.True);
            Assert.That(block.ResponseRate, Is.Null);
            Assert.That(block.CustomerResponseRate, Is.Null);
        }
    }

    [Test]
    public void FlagsLowSample_WhenOneRatingShortOfTheMinimum()
    {
        var block = ReportBlockFactory.Build(new RatingTally(null, 9, 0, 0, 0), null, minimumSample: 10);

        Assert.That(block.LowSample, Is.True);
    }

    [TestCase(1, 3, 33.3)]
    [TestCase(2, 3, 66.7)]
    [TestCase(5, 4, 125.0)]
    public void RoundsRateToOneDecimal_WhenPartDoesNotDivideEvenly(long part, long whole, double expected)
    {
        Assert.That(ReportBlockFactory.Rate(part, whole), Is.EqualTo((decimal)expected));
    }
}
