using System.Text.Json;

namespace OpenBanking.Core.Jose;

/// <summary>A compact JWS split into its parts; not yet verified.</summary>
/// <param name="Header">The protected header.</param>
/// <param name="Claims">The payload, a JSON object.</param>
/// <param name="Algorithm">The header's <c>alg</c>.</param>
/// <param name="KeyId">The header's <c>kid</c>, if any.</param>
/// <param name="SigningInput">The ASCII bytes the signature covers (header.payload).</param>
/// <param name="Signature">The signature bytes.</param>
public sealed record DecodedJws(
    JsonElement Header,
    JsonElement Claims,
    string Algorithm,
    string? KeyId,
    EquatableBytes SigningInput,
    EquatableBytes Signature)
{
    // JsonElement compares by the document it came from; RawJson gives the compiler's equality the JSON text.
    private readonly RawJson _header = new(Header);
    private readonly RawJson _claims = new(Claims);

    /// <summary>The protected header.</summary>
    public JsonElement Header
    {
        get => _header.Value;
        init => _header = new(value);
    }

    /// <summary>The payload, a JSON object.</summary>
    public JsonElement Claims
    {
        get => _claims.Value;
        init => _claims = new(value);
    }

    /// <summary>A string claim, or null when absent or not a string.</summary>
    public string? StringClaim(string name) =>
        Claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Up to the year 9000: far beyond any real token, and far from DateTimeOffset.MaxValue, so adding a skew never overflows.
    private const double LatestNumericDate = 221845392000;

    /// <summary>
    /// A NumericDate claim (RFC 7519 §2: seconds since the epoch, fractions allowed), or null when absent, not a number,
    /// or not a plausible date (negative, or milliseconds mistaken for seconds).
    /// </summary>
    public DateTimeOffset? TimeClaim(string name) =>
        Claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDouble(out var seconds) && seconds is >= 0 and <= LatestNumericDate
            ? DateTimeOffset.FromUnixTimeSeconds((long)Math.Floor(seconds))
            : null;

    /// <summary>Verifies the signature with <paramref name="key"/>.</summary>
    public bool VerifyWith(JsonWebKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Verify(Algorithm, SigningInput.Span, Signature.Span);
    }

    /// <summary>Only the algorithm and kid: a token's claims can carry personal data.</summary>
    public override string ToString() => $"JWS(alg={Algorithm}, kid={KeyId ?? "none"})";
}
