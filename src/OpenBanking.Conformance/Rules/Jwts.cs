using System.Text.Json;
using OpenBanking.Core.Jose;

namespace OpenBanking.Conformance.Rules;

/// <summary>Claim reads on a recorded (unverified) JWT for rules.</summary>
internal static class Jwts
{
    /// <summary>The <c>aud</c> claim as a list: a string is one audience, an array of strings many; empty when absent.</summary>
    public static IReadOnlyList<string> Audiences(DecodedJws jwt) =>
        !jwt.Claims.TryGetProperty("aud", out var aud) ? []
        : aud.ValueKind == JsonValueKind.String ? [aud.GetString()!]
        : aud.ValueKind == JsonValueKind.Array ? [.. aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)]
        : [];

    /// <summary>A header member as a string, or null.</summary>
    public static string? HeaderString(DecodedJws jwt, string name) =>
        jwt.Header.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>True when the claim is present at all (of any kind).</summary>
    public static bool Has(DecodedJws jwt, string name) => jwt.Claims.TryGetProperty(name, out _);

    /// <summary>The algorithms FAPI 1.0 Advanced §8.6 allows for signing: PS256 and ES256.</summary>
    public static readonly IReadOnlyList<string> FapiAlgorithms = ["PS256", "ES256"];
}
