using System.Globalization;
using HappinessApi.Features.Reports.Aggregates;

namespace HappinessApi.Tests.Features.Reports.Aggregates;

public sealed class CustomerSketchTests
{
    [Test]
    public void EstimatesZero_WhenEmpty() => Assert.That(new CustomerSketch().Estimate(), Is.Zero);

    [Test]
    public void EstimatesWithinOne_WhenFewCustomers()
    {
        var sketch = new CustomerSketch();

        // Two customers can share a register, so even small sets are estimated; reports count those exactly.
        var misses = Enumerable.Range(1, 100)
            .Select(count =>
            {
                sketch.Add(CustomerId(count));
                return Math.Abs(sketch.Estimate() - count);
            })
            .ToList();

        Assert.That(misses, Has.All.LessThanOrEqualTo(1));
    }

    [Test]
    public void IgnoresRepeats_WhenTheSameCustomerComesBack()
    {
        var sketch = new CustomerSketch();

        var grew = Enumerable.Range(0, 5).Select(_ => sketch.Add("c-7")).ToList();

        Assert.That(grew, Is.EqualTo(new[] { true, false, false, false, false }));
        Assert.That(sketch.Estimate(), Is.EqualTo(1));
    }

    [TestCase(1_000)]
    [TestCase(30_000)]
    [TestCase(1_000_000)]
    public void EstimatesWithinFourPercent_WhenManyCustomers(int count)
    {
        var sketch = new CustomerSketch();

        foreach (var number in Enumerable.Range(0, count))
        {
            sketch.Add(CustomerId(number));
        }

        Assert.That(sketch.Estimate(), Is.InRange(count * 0.96, count * 1.04));
    }

    [Test]
    public void GivesTheSketchOfTheUnion_WhenMerged()
    {
        var (first, second, both) = (new CustomerSketch(), new CustomerSketch(), new CustomerSketch());
        foreach (var number in Enumerable.Range(0, 20_000))
        {
            (number % 3 == 0 ? first : second).Add(CustomerId(number % 15_000));
            both.Add(CustomerId(number % 15_000));
        }

        first.UnionWith(second.Registers);

        Assert.That(first.Registers.ToArray(), Is.EqualTo(both.Registers.ToArray()));
        Assert.That(first.Estimate(), Is.InRange(15_000 * 0.96, 15_000 * 1.04));
    }

    [TestCase(0, false)]
    [TestCase(40, false)]
    [TestCase(1_000, false)]
    [TestCase(5_000, true)]
    public void StoresSetRegistersOnly_UntilAThirdAreSet(int customers, bool dense)
    {
        var sketch = new CustomerSketch();
        foreach (var number in Enumerable.Range(0, customers))
        {
            sketch.Add(CustomerId(number));
        }

        var stored = sketch.ToStored();

        var set = sketch.Registers.ToArray().Count(register => register != 0);
        Assert.That(stored, Has.Length.EqualTo(dense ? CustomerSketch.RegisterCount : 3 * set));
        Assert.That(CustomerSketch.FromStored(stored).Registers.ToArray(), Is.EqualTo(sketch.Registers.ToArray()));
    }

    [Test]
    public void RefusesStoredRegisters_OfAnotherShape() =>
        Assert.That(() => CustomerSketch.FromStored(new byte[100]), Throws.ArgumentException);

    private static string CustomerId(int number) => "c-" + number.ToString("D6", CultureInfo.InvariantCulture);
}
