namespace OpenBanking.Core.Http;

/// <summary>
/// What a TPP tells the bank about a PSU who is present (Read/Write API "Request Headers"):
/// each value becomes its header only when set.
/// </summary>
/// <param name="LastLoggedIn">When the PSU last logged in with the TPP → <c>x-fapi-auth-date</c> (RFC 7231 date).</param>
/// <param name="IpAddress">The PSU's IP address → <c>x-fapi-customer-ip-address</c>.</param>
/// <param name="UserAgent">The PSU's user agent → <c>x-customer-user-agent</c>.</param>
public sealed record CustomerContext(DateTimeOffset? LastLoggedIn = null, string? IpAddress = null, string? UserAgent = null)
{
    /// <summary>No PSU present: none of the customer headers are sent.</summary>
    public static CustomerContext Absent { get; } = new();
}
