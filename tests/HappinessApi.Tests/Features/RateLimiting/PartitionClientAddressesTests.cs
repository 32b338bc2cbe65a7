using System.Net;
using HappinessApi.Infrastructure.RateLimiting;

namespace HappinessApi.Tests.Features.RateLimiting;

public sealed class PartitionClientAddressesTests
{
    [TestCase("203.0.113.7")]
    [TestCase("::ffff:203.0.113.7")]
    public void KeysOnWholeAddress_WhenIpv4(string address)
    {
        var key = ClientPartitionKey.For(IPAddress.Parse(address));

        Assert.That(key, Is.EqualTo("203.0.113.7"));
    }

    [Test]
    public void SharesKey_WhenIpv6AddressesAreInOneSlash64()
    {
        var first = ClientPartitionKey.For(IPAddress.Parse("2001:db8:1:2::1"));
        var second = ClientPartitionKey.For(IPAddress.Parse("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        var elsewhere = ClientPartitionKey.For(IPAddress.Parse("2001:db8:1:3::1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo("2001:db8:1:2::/64"));
            Assert.That(second, Is.EqualTo(first));
            Assert.That(elsewhere, Is.Not.EqualTo(first));
        }
    }

    [Test]
    public void KeysAsUnknown_WhenAddressIsMissing()
    {
        var key = ClientPartitionKey.For(null);

        Assert.That(key, Is.EqualTo(ClientPartitionKey.Unknown));
    }
}
