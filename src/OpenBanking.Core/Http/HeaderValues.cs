using System.Net;

namespace OpenBanking.Core.Http;

/// <summary>
/// What may go into an HTTP header (RFC 9110 §5.5): visible ASCII, space and tab. A CR or LF would
/// split the header and let a value smuggle in headers of its own.
/// </summary>
internal static class HeaderValues
{
    /// <summary>True when <paramref name="value"/> can be sent as a header value as it is.</summary>
    public static bool IsValid(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.All(c => c is '\t' or (>= ' ' and <= '~'));
    }

    /// <summary>True when <paramref name="name"/> is an RFC 9110 token.</summary>
    public static bool IsValidName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal));
    }

    /// <summary>Why the customer context cannot be sent, or null when it can.</summary>
    internal static string? Problem(CustomerContext? customer) => customer switch
    {
        { IpAddress: { } ip } when !IPAddress.TryParse(ip, out _) =>
            $"x-fapi-customer-ip-address '{Printable(ip)}' is not an IPv4 or IPv6 address",
        { UserAgent: { } agent } when !IsValid(agent) =>
            "x-customer-user-agent holds characters a header cannot carry (control characters or non-ASCII)",
        _ => null,
    };

    /// <summary>The first header whose name or value cannot be sent, or null.</summary>
    internal static string? Problem(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.Where(h => !IsValidName(h.Key) || !IsValid(h.Value))
            .Select(h => $"the header '{Printable(h.Key)}' has a name or value a header cannot carry (control characters or non-ASCII)")
            .FirstOrDefault();

    private static string Printable(string value) =>
        new(value.Select(c => c is >= ' ' and <= '~' ? c : '?').Take(60).ToArray());
}
