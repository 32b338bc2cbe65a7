using System.Net;
using System.Net.Sockets;

namespace HappinessApi.Infrastructure.RateLimiting;

public static class ClientPartitionKey
{
    public const string Unknown = "unknown";

    private const int Ipv6PrefixBytes = 8;

    public static string For(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 ? Ipv6Prefix(address) : address.ToString();
    }

    // One IPv6 subscriber is usually given a whole /64 and could otherwise take a fresh address per request.
    private static string Ipv6Prefix(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, Ipv6PrefixBytes, bytes.Length - Ipv6PrefixBytes);

        return $"{new IPAddress(bytes)}/64";
    }
}
