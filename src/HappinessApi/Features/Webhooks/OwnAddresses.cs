using System.Net;
using System.Net.NetworkInformation;
using HappinessApi.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HappinessApi.Features.Webhooks;

/// <summary>
/// Tells whether a URL points back at this service: at an address and port it listens on, at its
/// public base URL, or at the host a caller reached it by. Deliveries there would loop.
/// </summary>
public sealed class OwnAddresses(IServer server, IOptions<PublicLinkOptions> links)
{
    private readonly Lazy<HashSet<IPAddress>> _interfaceAddresses = new(ReadInterfaceAddresses);

    public bool Include(Uri url, HostString requestHost = default)
    {
        var host = Bare(url.IdnHost);
        if (links.Value.PublicBaseUrl is { } publicBase && SameEndpoint(url, publicBase.IdnHost, publicBase.Port))
        {
            return true;
        }

        if (requestHost.HasValue && SameEndpoint(url, requestHost.Host, requestHost.Port))
        {
            return true;
        }

        return ListeningAddresses().Any(listener =>
            listener.Port == url.Port && (IsSameHost(listener.Host, host) || IsThisMachine(host)));
    }

    private IEnumerable<BindingAddress> ListeningAddresses() =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(address => BindingAddress.Parse(address));

    // A host without a port was reached on its scheme's default port; either default may lead to it.
    private static bool SameEndpoint(Uri url, string host, int? port) =>
        (port is null ? url.IsDefaultPort : url.Port == port) && IsSameHost(host, url.IdnHost);

    private static bool IsSameHost(string left, string right) =>
        string.Equals(Bare(left), Bare(right), StringComparison.OrdinalIgnoreCase);

    // A trailing dot names the same host fully qualified: "localhost." is localhost.
    private static string Bare(string host) => host.Trim('[', ']').TrimEnd('.');

    private bool IsThisMachine(string host)
    {
        // RFC 6761: every name under localhost is this machine.
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || string.Equals(host, Dns.GetHostName(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address)
            && (IPAddress.IsLoopback(address)
                || address.Equals(IPAddress.Any)
                || address.Equals(IPAddress.IPv6Any)
                || _interfaceAddresses.Value.Contains(address));
    }

    private static HashSet<IPAddress> ReadInterfaceAddresses() =>
    [
        .. NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(face => face.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address),
    ];
}
