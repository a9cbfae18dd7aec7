using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockAspsp.Features.OAuth;

/// <summary>The body of a headless approval.</summary>
/// <param name="ConsentUrl">The consent URL the TPP built (with its request object).</param>
/// <param name="Username">The PSU's user name.</param>
/// <param name="Password">The PSU's password.</param>
/// <param name="Accounts">The accounts to share (all of the customer's when absent); for a payment consent, the one account to pay from (when absent: the account the consent names, or the customer's first account in the payment's currency).</param>
/// <param name="Approve">False to decline; approve when absent.</param>
public sealed record HeadlessApproval(
    [property: JsonPropertyName("consent_url")] string? ConsentUrl,
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("password")] string? Password,
    [property: JsonPropertyName("accounts")] IReadOnlyList<string?>? Accounts = null,
    [property: JsonPropertyName("approve")] bool? Approve = null)
{
    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"HeadlessApproval({Username}, approve {Approve ?? true})";
}

/// <summary>JSON options for the headless body: unknown members are errors.</summary>
internal static class HeadlessJson
{
    public static readonly JsonSerializerOptions Options = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
}
