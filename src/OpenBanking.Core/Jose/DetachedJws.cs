using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Jose;

/// <summary>
/// The <c>x-jws-signature</c> of the Read/Write API ("Message Signing"): a JWS over the exact body bytes with the payload
/// detached (RFC 7515 Appendix F, <c>BASE64URL(header)..BASE64URL(signature)</c>) and the Open Banking claims in its
/// protected header, named in <c>crit</c>. From v3.1.4 the payload is base64url-encoded in the signing input as in any
/// JWS; before, it was the RFC 7797 unencoded form (<c>b64: false</c>): the body's bytes as they are.
/// </summary>
public static class DetachedJws
{
    /// <summary>The <c>iat</c> claim of an Open Banking JWS header (a JSON number).</summary>
    public const string IssuedAtClaim = "http://openbanking.org.uk/iat";

    /// <summary>The <c>iss</c> claim of an Open Banking JWS header.</summary>
    public const string IssuerClaim = "http://openbanking.org.uk/iss";

    /// <summary>The <c>tan</c> (trust anchor) claim of an Open Banking JWS header.</summary>
    public const string TrustAnchorClaim = "http://openbanking.org.uk/tan";

    private const string B64 = "b64";
    private const string Check = FapiHeaders.JwsSignature;

    /// <summary>
    /// Signs <paramref name="payload"/> (exactly the bytes that will be sent) with <paramref name="signer"/>: the protected
    /// header is <c>alg</c>, <c>kid</c>, [<c>b64: false</c>], the three Open Banking claims, <c>crit</c> naming them (and
    /// <c>b64</c>), then <c>typ</c>/<c>cty</c> when given. Left (a <see cref="ValidationError"/> on <c>signer</c>) when the
    /// signer cannot sign, as for every JWS the library makes.
    /// </summary>
    /// <returns>The detached JWS: <c>header..signature</c>.</returns>
    public static Either<ValidationError, string> Sign(IJwsSigner signer, ReadOnlySpan<byte> payload, JwsSignatureClaims claims)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(claims);
        var identity = CompactJws.Identity(signer).Case;
        if (identity is ValidationError failed)
        {
            return failed;
        }

        var (algorithm, keyId) = ((string Algorithm, string KeyId))identity!;
        var header = Base64Url.EncodeToString(Header(algorithm, keyId, claims));
        var input = SigningInput(header, payload, claims.UnencodedPayload);
        return CompactJws.Signature(signer, keyId, algorithm, input)
            .Map(signature => $"{header}..{Base64Url.EncodeToString(signature)}");
    }

    /// <summary>
    /// Verifies <paramref name="signature"/> (an <c>x-jws-signature</c> value) over <paramref name="payload"/> (the exact bytes
    /// received) with a key of <paramref name="keys"/>, checking, in order: the detached form, <c>alg</c> (one of
    /// <see cref="JwsSignatureExpectations.Algorithms"/>), <c>kid</c>, <c>crit</c> (present, every name understood, the three
    /// Open Banking claims named, <c>b64</c> named exactly when present), <c>b64</c> (only <c>false</c>, only when expected),
    /// <c>iat</c> (a number, not in the future), <c>iss</c>, <c>tan</c>, then the signature. The first failure is a
    /// <see cref="ValidationError"/> whose check names it, e.g. <c>x-jws-signature.iss</c>.
    /// </summary>
    public static Either<ValidationError, JwsSignatureHeader> Verify(
        string signature, ReadOnlySpan<byte> payload, JsonWebKeySet keys, JwsSignatureExpectations expected)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(expected);
        var parts = signature.Split('.');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[2].Length == 0)
        {
            return Fail("form", $"a detached JWS is header..signature (3 dot-separated parts, the middle one empty); this has {parts.Length} parts");
        }

        if (parts[1].Length != 0)
        {
            return Fail("form", "the payload part is not empty: an x-jws-signature carries the body detached (header..signature)");
        }

        byte[] headerJson;
        byte[] signatureBytes;
        try
        {
            headerJson = Base64Url.DecodeFromChars(parts[0]);
            signatureBytes = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return Fail("form", "the header or signature is not base64url");
        }

        JsonElement header;
        try
        {
            using var document = JsonElements.Parse(headerJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Fail("form", "the protected header is not a JSON object");
            }

            header = document.RootElement.Clone();
        }
        catch (Exception e) when (e is JsonException or JsonStringException)
        {
            return Fail("form", "the protected header is not JSON");
        }

        var claims = Claims(header, expected).Case;
        if (claims is ValidationError badClaim)
        {
            return badClaim;
        }

        var (algorithm, keyId, issuedAt, issuer, trustAnchor, unencoded) =
            ((string Algorithm, string KeyId, DateTimeOffset IssuedAt, string Issuer, string TrustAnchor, bool Unencoded))claims!;
        var key = keys.Find(keyId, algorithm, $"{Check}.kid").Case;
        if (key is ValidationError noKey)
        {
            return noKey;
        }

        var input = SigningInput(parts[0], payload, unencoded);
        return ((JsonWebKey)key!).Verify(algorithm, input, signatureBytes)
            ? new JwsSignatureHeader(algorithm, keyId, issuedAt, issuer, trustAnchor, unencoded)
            : Fail("signature", $"the signature (kid '{keyId}', {algorithm}) does not verify over the {payload.Length} bytes of the body");
    }

    /// <summary>The signing input: <c>ASCII(BASE64URL(header)) '.' (BASE64URL(payload) | payload)</c>.</summary>
    internal static byte[] SigningInput(string encodedHeader, ReadOnlySpan<byte> payload, bool unencoded)
    {
        var payloadLength = unencoded ? payload.Length : Base64Url.GetEncodedLength(payload.Length);
        var input = new byte[encodedHeader.Length + 1 + payloadLength];
        Encoding.ASCII.GetBytes(encodedHeader, input);
        input[encodedHeader.Length] = (byte)'.';
        if (unencoded)
        {
            payload.CopyTo(input.AsSpan(encodedHeader.Length + 1));
        }
        else
        {
            Base64Url.EncodeToUtf8(payload, input.AsSpan(encodedHeader.Length + 1));
        }

        return input;
    }

    private static byte[] Header(string algorithm, string keyId, JwsSignatureClaims claims)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonWriting.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", algorithm);
            writer.WriteString("kid", keyId);
            if (claims.UnencodedPayload)
            {
                writer.WriteBoolean(B64, false);
            }

            writer.WriteNumber(IssuedAtClaim, claims.IssuedAt.ToUnixTimeSeconds());
            writer.WriteString(IssuerClaim, claims.Issuer);
            writer.WriteString(TrustAnchorClaim, claims.TrustAnchor);
            writer.WriteStartArray("crit");
            if (claims.UnencodedPayload)
            {
                writer.WriteStringValue(B64);
            }

            writer.WriteStringValue(IssuedAtClaim);
            writer.WriteStringValue(IssuerClaim);
            writer.WriteStringValue(TrustAnchorClaim);
            writer.WriteEndArray();
            if (claims.Type is not null)
            {
                writer.WriteString("typ", claims.Type);
            }

            if (claims.ContentType is not null)
            {
                writer.WriteString("cty", claims.ContentType);
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static Either<ValidationError, (string Algorithm, string KeyId, DateTimeOffset IssuedAt, string Issuer, string TrustAnchor, bool Unencoded)> Claims(
        JsonElement header, JwsSignatureExpectations expected)
    {
        var algorithm = Text(header, "alg");
        if (algorithm is null || !expected.Algorithms.Contains(algorithm))
        {
            return Fail("alg", $"alg '{algorithm ?? "(none)"}' is not one of {string.Join(", ", expected.Algorithms)}");
        }

        if (Text(header, "kid") is not { Length: > 0 } keyId)
        {
            return Fail("kid", "the header has no kid");
        }

        if (!header.TryGetProperty("crit", out var crit) || crit.ValueKind != JsonValueKind.Array
            || crit.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
        {
            return Fail("crit", "the header has no crit array of names");
        }

        // RFC 7515 §4.1.11: a recipient must reject a JWS whose crit names an extension it does not understand.
        var named = crit.EnumerateArray().Select(c => c.GetString()!).ToList();
        string[] understood = [B64, IssuedAtClaim, IssuerClaim, TrustAnchorClaim];
        if (named.FirstOrDefault(n => !understood.Contains(n)) is { } unknown)
        {
            return Fail("crit", $"crit names '{unknown}', which is not understood");
        }

        if (new[] { IssuedAtClaim, IssuerClaim, TrustAnchorClaim }.FirstOrDefault(c => !named.Contains(c)) is { } missing)
        {
            return Fail("crit", $"crit does not name {missing}");
        }

        var hasB64 = header.TryGetProperty(B64, out var b64);
        if (hasB64 != named.Contains(B64))
        {
            return Fail("crit", hasB64 ? "b64 is in the header but not named in crit (RFC 7797 §6)" : "crit names b64, which the header does not have");
        }

        if (hasB64 && b64.ValueKind != JsonValueKind.False)
        {
            return Fail("b64", "b64 may only be false");
        }

        if (hasB64 != expected.UnencodedPayload)
        {
            return Fail("b64", expected.UnencodedPayload
                ? "the header has no b64: false, which this bank's version (before v3.1.4) uses"
                : "the header has b64, which v3.1.4 and later do not allow");
        }

        if (!header.TryGetProperty(IssuedAtClaim, out var iat) || iat.ValueKind != JsonValueKind.Number || !iat.TryGetInt64(out var seconds)
            || seconds is < 0 or > 253402300799)
        {
            return Fail("iat", $"{IssuedAtClaim} is missing or not a whole number of seconds");
        }

        var issuedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (issuedAt > expected.Now + expected.ClockSkew)
        {
            return Fail("iat", $"{IssuedAtClaim} {issuedAt:O} is in the future (now {expected.Now:O})");
        }

        if (Text(header, IssuerClaim) is not { Length: > 0 } issuer)
        {
            return Fail("iss", $"{IssuerClaim} is missing");
        }

        if (expected.Issuer is not null && issuer != expected.Issuer)
        {
            return Fail("iss", $"{IssuerClaim} is '{issuer}', not '{expected.Issuer}'");
        }

        if (Text(header, TrustAnchorClaim) is not { Length: > 0 } trustAnchor)
        {
            return Fail("tan", $"{TrustAnchorClaim} is missing");
        }

        return trustAnchor != expected.TrustAnchor
            ? Fail("tan", $"{TrustAnchorClaim} is '{trustAnchor}', not '{expected.TrustAnchor}'")
            : (algorithm, keyId, issuedAt, issuer, trustAnchor, hasB64);
    }

    private static string? Text(JsonElement header, string name) =>
        header.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ValidationError Fail(string part, string detail) => new($"{Check}.{part}", detail);
}
