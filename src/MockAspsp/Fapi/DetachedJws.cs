using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LanguageExt;
using Microsoft.IdentityModel.Tokens;
using MockAspsp.Hosting;

namespace MockAspsp.Fapi;

/// <summary>
/// The x-jws-signature a TPP puts on every payment POST, checked as the Read/Write Data API Profile v3.1.11 "Message
/// Signing" section says an ASPSP verifies it: a JWS with a detached payload (<c>header..signature</c>, RFC 7515
/// Appendix F) over the exact bytes of the HTTP body, whose protected header carries <c>alg</c>, a <c>kid</c> in the
/// TPP's registered JWKS, the three OBIE claims (<c>http://openbanking.org.uk/iat</c>, <c>…/iss</c> =
/// <c>{org id}/{software statement id}</c>, <c>…/tan</c>) and a <c>crit</c> naming exactly them. From v3.1.4 <c>b64</c>
/// must not be used (the payload is base64url-encoded into the signing input as usual); before it, <c>b64: false</c>
/// was required (RFC 7797: the signing input is the encoded header, a dot and the raw body), which
/// <see cref="MockAspspOptions.JwsB64False"/> brings back. Verified with Microsoft.IdentityModel's crypto providers,
/// independently of the library under test.
/// </summary>
public static class DetachedJws
{
    /// <summary>The OBIE issued-at claim: a JSON number of seconds since the epoch.</summary>
    public const string Iat = "http://openbanking.org.uk/iat";

    /// <summary>The OBIE issuer claim.</summary>
    public const string Iss = "http://openbanking.org.uk/iss";

    /// <summary>The OBIE trust anchor claim.</summary>
    public const string Tan = "http://openbanking.org.uk/tan";

    /// <summary>The header it travels in.</summary>
    public const string Header = "x-jws-signature";

    /// <summary>What the checks depend on besides the request.</summary>
    /// <param name="B64False">Legacy mode (before v3.1.4): <c>b64: false</c> required.</param>
    /// <param name="TrustAnchor">The expected <c>tan</c>.</param>
    /// <param name="MaxAge">How old <c>iat</c> may be.</param>
    /// <param name="Skew">How far in the future <c>iat</c> may be.</param>
    public sealed record Policy(bool B64False, string TrustAnchor, TimeSpan MaxAge, TimeSpan Skew)
    {
        /// <summary>The policy the bank's options describe.</summary>
        public static Policy Of(MockAspspOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            return new(options.JwsB64False, options.JwsTan, TimeSpan.FromSeconds(options.JwsMaxAgeSeconds), TimeSpan.FromSeconds(options.ClockSkewSeconds));
        }

        /// <summary>The names <c>crit</c> must list, exactly.</summary>
        public IReadOnlyList<string> Critical => B64False ? ["b64", Iat, Iss, Tan] : [Iat, Iss, Tan];
    }

    /// <summary>
    /// Checks <paramref name="signature"/> (the header's value; null when absent) over <paramref name="body"/> for
    /// <paramref name="client"/>: Right is the key id it was signed with; Left the 400 with the spec's
    /// UK.OBIE.Signature.* code (Missing, Malformed, MissingClaim, InvalidClaim, Invalid).
    /// </summary>
    public static Either<ObError, string> Verify(string? signature, ReadOnlySpan<byte> body, KnownClient client, Policy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrEmpty(signature))
        {
            return Refuse(ObCodes.SignatureMissing, "x-jws-signature is required on this request");
        }

        var parts = signature.Split('.');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[2].Length == 0)
        {
            return Refuse(ObCodes.SignatureMalformed, "x-jws-signature must be a JWS in compact form with a detached payload: header..signature");
        }

        if (parts[1].Length != 0)
        {
            return Refuse(ObCodes.SignatureMalformed, "x-jws-signature must have a detached payload: nothing between its two dots (RFC 7515 Appendix F)");
        }

        if (!Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[2]))
        {
            return Refuse(ObCodes.SignatureMalformed, "x-jws-signature's header and signature must be base64url");
        }

        JsonElement header;
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            header = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Refuse(ObCodes.SignatureMalformed, "x-jws-signature's protected header is not JSON");
        }

        if (header.ValueKind != JsonValueKind.Object)
        {
            return Refuse(ObCodes.SignatureMalformed, "x-jws-signature's protected header must be a JSON object");
        }

        var input = SigningInput(parts[0], body, policy.B64False);
        return Claims(header, client, policy, now).Bind(checkedHeader =>
            SignatureVerifies(checkedHeader.Key, checkedHeader.Alg, input, Base64Url.DecodeFromChars(parts[2]))
                ? Prelude.Right<ObError, string>(checkedHeader.Key.KeyId)
                : Refuse(ObCodes.SignatureInvalid, $"x-jws-signature does not verify over the body with the client's key '{checkedHeader.Key.KeyId}'"));
    }

    /// <summary>
    /// RFC 7515 §5.1 step 6, with RFC 7797 §3 for <c>b64: false</c>: ASCII(BASE64URL(header)) '.' payload, where the payload
    /// is the body base64url-encoded, or, unencoded, the body's bytes themselves.
    /// </summary>
    public static byte[] SigningInput(string encodedHeader, ReadOnlySpan<byte> body, bool unencoded)
    {
        ArgumentNullException.ThrowIfNull(encodedHeader);
        var payload = unencoded ? body.ToArray() : Encoding.ASCII.GetBytes(Base64Url.EncodeToString(body));
        var input = new byte[encodedHeader.Length + 1 + payload.Length];
        Encoding.ASCII.GetBytes(encodedHeader, input);
        input[encodedHeader.Length] = (byte)'.';
        payload.CopyTo(input, encodedHeader.Length + 1);
        return input;
    }

    private static Either<ObError, (SecurityKey Key, string Alg)> Claims(JsonElement header, KnownClient client, Policy policy, DateTimeOffset now)
    {
        return
            from alg in Required(header, "alg")
            from algorithm in Algorithm(alg, client)
            from kid in Required(header, "kid")
            from key in Key(kid, client)
            from claims in ObieClaims(header, client, policy, now)
            select (key, alg);
    }

    private static Either<ObError, Unit> Algorithm(string alg, KnownClient client)
    {
        // Never an unsigned or MAC'd message, whatever the registration says: a MAC keyed with a public key proves nothing.
        if (alg.Equals("none", StringComparison.OrdinalIgnoreCase) || alg.StartsWith("HS", StringComparison.OrdinalIgnoreCase))
        {
            return Invalid($"alg '{alg}' is never accepted (no unsigned or HMAC signatures)");
        }

        if (!client.Registration.SigningAlgorithms.Contains(alg))
        {
            return Invalid($"alg '{alg}' is not one the client registered ({string.Join(", ", client.Registration.SigningAlgorithms)})");
        }

        return Prelude.unit;
    }

    private static Either<ObError, SecurityKey> Key(string kid, KnownClient client) =>
        client.Keys.FirstOrDefault(k => k.KeyId == kid) is { } key
            ? key
            : Invalid($"kid '{kid}' is not a key in the client's registered JWKS");

    private static Either<ObError, Unit> ObieClaims(JsonElement header, KnownClient client, Policy policy, DateTimeOffset now)
    {
        if (B64Problem(header, policy) is { } b64)
        {
            return b64;
        }

        if (!header.TryGetProperty(Iat, out var iatElement))
        {
            return Missing(Iat);
        }

        if (iatElement.ValueKind != JsonValueKind.Number || !iatElement.TryGetInt64(out var iatSeconds) || iatSeconds is < 0 or > 253402300799)
        {
            return Invalid($"{Iat} must be a JSON number of seconds since 1970-01-01T00:00:00Z");
        }

        var iat = DateTimeOffset.FromUnixTimeSeconds(iatSeconds);
        if (iat > now + policy.Skew)
        {
            return Invalid($"{Iat} {Stamp(iat)} is in the future");
        }

        if (iat < now - policy.MaxAge)
        {
            return Invalid($"{Iat} {Stamp(iat)} is more than {policy.MaxAge.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} hours old");
        }

        return
            from iss in Required(header, Iss)
            from issuer in Issuer(iss, client)
            from tan in Required(header, Tan)
            from anchor in tan == policy.TrustAnchor ? Prelude.Right<ObError, Unit>(Prelude.unit) : Invalid($"{Tan} must be '{policy.TrustAnchor}'; it is '{tan}'")
            from rest in CritAndTypes(header, policy)
            select rest;
    }

    private static Either<ObError, Unit> Issuer(string iss, KnownClient client)
    {
        if (client.Registration.OrgId is null || client.Registration.SoftwareStatementId is null)
        {
            return Invalid($"{Iss} cannot be checked: the client registered no organisation and software statement id");
        }

        var expected = $"{client.Registration.OrgId}/{client.Registration.SoftwareStatementId}";
        return iss == expected ? Prelude.unit : Invalid($"{Iss} must be '{expected}' (organisation id / software statement id); it is '{iss}'");
    }

    private static Either<ObError, Unit> CritAndTypes(JsonElement header, Policy policy)
    {
        if (!header.TryGetProperty("crit", out var crit))
        {
            return Missing("crit");
        }

        var named = crit.ValueKind == JsonValueKind.Array && crit.EnumerateArray().All(n => n.ValueKind == JsonValueKind.String)
            ? crit.EnumerateArray().Select(n => n.GetString()!).ToList()
            : null;
        if (named is null || named.Count != policy.Critical.Count || !named.Order(StringComparer.Ordinal).SequenceEqual(policy.Critical.Order(StringComparer.Ordinal)))
        {
            return Invalid($"crit must list exactly {string.Join(", ", policy.Critical)}");
        }

        if (Text(header, "typ") is { } typ && typ != "JOSE")
        {
            return Invalid($"typ, when present, must be 'JOSE'; it is '{typ}'");
        }

        if (Text(header, "cty") is { } cty && cty is not ("json" or "application/json"))
        {
            return Invalid($"cty, when present, must be 'json' or 'application/json'; it is '{cty}'");
        }

        return Prelude.unit;
    }

    /// <summary>
    /// From v3.1.4 the TPP "must not include the b64 claim" and the ASPSP refuses it; before, b64 had to be false (and in
    /// crit, checked with crit).
    /// </summary>
    private static ObError? B64Problem(JsonElement header, Policy policy)
    {
        var present = header.TryGetProperty("b64", out var b64);
        if (!policy.B64False)
        {
            return present ? Invalid("b64 must not be used from v3.1.4: the payload is encoded as usual") : null;
        }

        return !present ? Missing("b64")
            : b64.ValueKind != JsonValueKind.False ? Invalid("b64 must be false (RFC 7797: the body is signed unencoded)")
            : null;
    }

    private static bool SignatureVerifies(SecurityKey key, string alg, byte[] input, byte[] signature)
    {
        var factory = key.CryptoProviderFactory ?? CryptoProviderFactory.Default;
        if (!factory.IsSupportedAlgorithm(alg, key))
        {
            return false;
        }

        var provider = factory.CreateForVerifying(key, alg);
        try
        {
            return provider.Verify(input, signature);
        }
        finally
        {
            factory.ReleaseSignatureProvider(provider);
        }
    }

    /// <summary>A header parameter that must be there as a string: absent is a missing claim, another type an invalid one.</summary>
    private static Either<ObError, string> Required(JsonElement header, string name) =>
        !header.TryGetProperty(name, out var value) ? Missing(name)
        : value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text
        : Invalid($"{name} must be a non-empty string");

    private static string? Text(JsonElement header, string name) =>
        header.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Stamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static ObError Missing(string claim) => new(400, ObCodes.SignatureMissingClaim, $"x-jws-signature's protected header has no {claim}", Header);

    private static ObError Invalid(string reason) => new(400, ObCodes.SignatureInvalidClaim, $"x-jws-signature: {reason}", Header);

    private static ObError Refuse(string code, string message) => new(400, code, message, Header);
}
