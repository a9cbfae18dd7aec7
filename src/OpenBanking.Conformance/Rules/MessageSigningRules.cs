using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenBanking.Core.Jose;

namespace OpenBanking.Conformance.Rules;

/// <summary>
/// The TPP's request signature, <c>x-jws-signature</c> (Read/Write Data API Profile v3.1.11 §Message Signing): its
/// protected header, its claims and the signature itself over the recorded body. Whether a request must carry one,
/// and that it is detached, is TPP-HDR-009's; these rules judge every Read/Write API request that carries a detached
/// JWS — the Payment Initiation and VRP POSTs whose OpenAPI files require it, and any other a TPP chooses to sign.
/// </summary>
public static partial class MessageSigningRules
{
    /// <summary>
    /// The recording's metadata key for the TPP's public signing keys, a JWKS document as text
    /// (<c>{"keys": [{"kty": "RSA", "kid": "…", "n": "…", "e": "AQAB"}]}</c>): the keys its software statement publishes.
    /// With it, TPP-JWS-009 verifies each signature over the recorded body; without it, TPP-JWS-010 says it could not.
    /// </summary>
    public const string ClientJwksKey = "client_jwks";

    private const string Signing = "Read/Write Data API Profile v3.1.11 §Message Signing";
    private const string Step2 = $"{Signing}, Process for Signing a Payload, Step 2: Form the JOSE Header";

    /// <summary>The Open Banking Directory's trust anchor, whose TPP issuers are <c>{org-id}/{software-statement-id}</c>.</summary>
    public const string DirectoryTrustAnchor = "openbanking.org.uk";

    private static readonly string[] Members = ["alg", "kid", "typ", "cty", "crit", RequestSignature.Iat, RequestSignature.Iss, RequestSignature.Tan, RequestSignature.B64];

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-JWS-001", Severity.Error, "The x-jws-signature protected header is base64url JSON with alg PS256 or ES256",
                $"{Step2} (alg PS256); FAPI 1.0 Advanced §8.6 (PS256 or ES256; never none, HS* or RS256); RFC 7515 §4.1.1",
                "Sign with your signing key using PS256 (RSA) or ES256 (EC P-256), and put the header's JSON base64url-encoded in the first part"),
            view => RequestSignature.Of(view) is not { } jws ? []
                : jws.Header is null ? [new(RequestSignature.Path, "the first part is not a base64url-encoded JSON object, so there is no protected header")]
                : JsonValues.Text(jws["alg"]) is not { } alg ? [new(RequestSignature.HeaderPath("alg"), jws.Has("alg") ? $"alg is {jws["alg"]?.ToJsonString() ?? "null"}, not a string" : "alg is missing")]
                : !Jwts.FapiAlgorithms.Contains(alg) ? [new(RequestSignature.HeaderPath("alg"), $"alg is '{alg}'")]
                : []),

        new(new("TPP-JWS-002", Severity.Error, "The x-jws-signature header names its key (kid)",
                $"{Step2} (kid: mandatory, a value to look the key up in the trust anchor's key store)",
                "Put the kid of your signing key, as your software statement's JWKS publishes it, in the header"),
            view => Header(view) is { } jws && JsonValues.Text(jws["kid"]) is not { Length: > 0 }
                ? [new(RequestSignature.HeaderPath("kid"), jws.Has("kid") ? "kid is empty or not a string" : "kid is missing")]
                : []),

        new(new("TPP-JWS-003", Severity.Error, "http://openbanking.org.uk/iat is a JSON number of seconds, not after the request",
                $"{Step2} (iat: a JSON number of seconds since 1970-01-01T00:00:00Z); {Signing}, Process for Verifying a Signature (iat in the past)",
                "Set http://openbanking.org.uk/iat to the current time as a number (1795435200), not a string, when you sign the body"),
            view => Header(view) is { } jws ? IssuedAt(jws, view.At) : []),

        new(new("TPP-JWS-004", Severity.Error, "http://openbanking.org.uk/iss identifies the TPP: {org-id}/{software-statement-id} under the Open Banking Directory",
                $"{Step2} (iss: a string that identifies the PSP; with the Open Banking Directory, for a TPP, {{{{org-id}}}}/{{{{software-statement-id}}}} since v3.1.4)",
                "Set http://openbanking.org.uk/iss to your organisation id and software statement id, e.g. 0015800001041RHAAY/tpp-software-1 (the subject of your signing certificate when another trust anchor issued it)"),
            view => Header(view) is { } jws ? Issuer(jws, view) : []),

        new(new("TPP-JWS-005", Severity.Error, "http://openbanking.org.uk/tan is the trust anchor's domain name",
                $"{Step2} (tan: the domain name of the trust anchor that hosts the public key, openbanking.org.uk for the Open Banking Directory)",
                $"Set http://openbanking.org.uk/tan to the trust anchor's domain, '{DirectoryTrustAnchor}' for the Open Banking Directory"),
            view => Header(view) is not { } jws ? []
                : JsonValues.Text(jws[RequestSignature.Tan]) is not { } tan ? [new(RequestSignature.HeaderPath(RequestSignature.Tan), jws.Has(RequestSignature.Tan) ? "tan is not a string" : "tan is missing")]
                : Uri.CheckHostName(tan) != UriHostNameType.Dns || !tan.Contains('.', StringComparison.Ordinal)
                    ? [new(RequestSignature.HeaderPath(RequestSignature.Tan), $"'{tan}' is not a domain name")]
                    : []),

        new(new("TPP-JWS-006", Severity.Error, "crit names exactly http://openbanking.org.uk/iat, iss and tan (and b64 when b64 is sent)",
                $"{Step2} (crit: an array of the three private parameters); RFC 7515 §4.1.11; RFC 7797 §6 (b64 is critical)",
                "Send crit: [\"http://openbanking.org.uk/iat\", \"http://openbanking.org.uk/iss\", \"http://openbanking.org.uk/tan\"] (plus \"b64\" only for a bank before v3.1.4)"),
            view => Header(view) is { } jws ? Critical(jws) : []),

        new(new("TPP-JWS-007", Severity.Error, "b64 is not sent from v3.1.4 on (and is false before it)",
                $"{Signing} (v3.1.4 and later: no b64; the body is signed base64url-encoded as RFC 7515 says); RFC 7797 §3 (b64 false for v3.1.3 and earlier)",
                "From v3.1.4 leave b64 out of the header (and out of crit) and sign BASE64URL(body); only a v3.1.3 or earlier bank takes \"b64\": false"),
            view => Header(view) is not { } jws ? []
                : RequestSignature.WithoutB64(view)
                    ? jws.Has(RequestSignature.B64) ? [new(RequestSignature.HeaderPath(RequestSignature.B64), $"b64 is sent ({jws[RequestSignature.B64]?.ToJsonString() ?? "null"}) to a v3.1.4 or later API")] : []
                    : jws.EncodesPayload ? [new(RequestSignature.HeaderPath(RequestSignature.B64), $"b64 is {(jws.Has(RequestSignature.B64) ? jws[RequestSignature.B64]?.ToJsonString() ?? "null" : "missing")}, not false, for a v3.1.{RequestSignature.MinorVersion(view)} API")] : []),

        new(new("TPP-JWS-008", Severity.Error, "The header holds only the members the profile lists; typ, when sent, is JOSE and cty json or application/json",
                $"{Step2} (typ: JOSE; cty: json or application/json for a JSON body, else the body's media type); {Signing}, Process for Verifying a Signature (\"only the claims specified\")",
                "Send only alg, kid, typ, cty, crit and the three http://openbanking.org.uk/ parameters; leave the others (x5c, jku, jwk, …) out"),
            view => Header(view) is { } jws ? OnlyProfileMembers(jws, view.Request.MediaType) : []),

        new(new("TPP-JWS-009", Severity.Error, "The signature verifies over the request body with the TPP's key",
                $"{Signing}, Process for Verifying a Signature, Step 3 (RFC 7515 Appendix F: the detached payload put back); the ASPSP answers 400 UK.OBIE.Signature.Invalid",
                "Sign exactly the bytes you send (serialise the body once, sign those bytes, send those bytes), with the key your JWKS publishes under the header's kid"),
            view => Verifiable(view) is { } jws && ClientKeys(view).Set is { } keys ? Verify(jws, keys, view) : []),

        new(new("TPP-JWS-010", Severity.Info, "The recording carries the TPP's public signing keys, so its signatures can be verified",
                $"{Signing}, Key Stores (the TPP's public keys are in its software statement's JWKS)",
                $"Put the TPP's public JWKS in the recording's metadata as {ClientJwksKey} (a JSON text) to have TPP-JWS-009 verify each x-jws-signature"),
            view => Verifiable(view) is not null && ClientKeys(view) is { Set: null } missing
                ? [new(RequestSignature.Path, missing.Problem)]
                : []),
    ];

    /// <summary>The signature when its header decoded (TPP-JWS-001 reports it otherwise); null otherwise.</summary>
    private static RequestSignature? Header(ExchangeView view) => RequestSignature.Of(view) is { Header: not null } jws ? jws : null;

    /// <summary>A signature worth verifying: a header with an algorithm the rules accept and a signature that was not scrubbed and is base64url (TPP-JWS-009 reports one that is not).</summary>
    private static RequestSignature? Verifiable(ExchangeView view) =>
        Header(view) is { Scrubbed: false } jws && JsonValues.Text(jws["alg"]) is { } alg && Jwts.FapiAlgorithms.Contains(alg) ? jws : null;

    private static List<Finding> IssuedAt(RequestSignature jws, DateTimeOffset? at)
    {
        var path = RequestSignature.HeaderPath(RequestSignature.Iat);
        var iat = jws[RequestSignature.Iat];
        if (iat is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return [new(path, !jws.Has(RequestSignature.Iat) ? "iat is missing" : $"iat is {iat?.ToJsonString() ?? "null"}, not a JSON number")];
        }

        // Seconds, as a NumericDate: milliseconds (13 digits) are a common slip, and read as a date thousands of years ahead.
        if (!value.TryGetValue<double>(out var seconds) || seconds < 0 || seconds >= WireFormats.Latest.ToUnixTimeSeconds())
        {
            return [new(path, $"iat is {value.ToJsonString()}, not a number of seconds since 1970")];
        }

        var issued = DateTimeOffset.FromUnixTimeSeconds((long)Math.Floor(seconds));
        return at is { } now && issued - now > ClientAssertionRules.Skew
            ? [new(path, $"iat is {(issued - now).TotalSeconds:0} s after the request")]
            : [];
    }

    private static List<Finding> Issuer(RequestSignature jws, ExchangeView view)
    {
        var path = RequestSignature.HeaderPath(RequestSignature.Iss);
        if (JsonValues.Text(jws[RequestSignature.Iss]) is not { Length: > 0 } iss)
        {
            return [new(path, !jws.Has(RequestSignature.Iss) ? "iss is missing" : "iss is empty or not a string")];
        }

        return RequestSignature.WithoutB64(view) && JsonValues.Text(jws[RequestSignature.Tan]) == DirectoryTrustAnchor && !DirectoryIssuer().IsMatch(iss)
            ? [new(path, $"iss '{iss}' is not {{org-id}}/{{software-statement-id}}, as the Open Banking Directory (tan '{DirectoryTrustAnchor}') names a TPP")]
            : [];
    }

    private static List<Finding> Critical(RequestSignature jws)
    {
        var path = RequestSignature.HeaderPath("crit");
        if (jws["crit"] is not JsonArray crit || crit.Any(c => JsonValues.Text(c) is null))
        {
            return [new(path, !jws.Has("crit") ? "crit is missing" : "crit is not an array of strings")];
        }

        var names = crit.Select(c => JsonValues.Text(c)!).ToList();
        string[] expected = jws.Has(RequestSignature.B64)
            ? [RequestSignature.Iat, RequestSignature.Iss, RequestSignature.Tan, RequestSignature.B64]
            : [RequestSignature.Iat, RequestSignature.Iss, RequestSignature.Tan];
        var missing = expected.Except(names, StringComparer.Ordinal).ToList();
        var extra = names.Except(expected, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        if (missing.Count > 0)
        {
            findings.Add(new(path, $"crit does not name {string.Join(", ", missing)}"));
        }

        if (extra.Count > 0)
        {
            findings.Add(new(path, $"crit also names {string.Join(", ", extra)}"
                + (extra.Contains(RequestSignature.B64, StringComparer.Ordinal) ? " (b64 belongs in crit only when the header sends b64)" : "")));
        }
        else if (names.Count != names.Distinct(StringComparer.Ordinal).Count())
        {
            findings.Add(new(path, "crit names a parameter more than once"));
        }

        return findings;
    }

    private static List<Finding> OnlyProfileMembers(RequestSignature jws, string? mediaType)
    {
        var findings = jws.Header!.Where(m => !Members.Contains(m.Key, StringComparer.Ordinal))
            .Select(m => new Finding(RequestSignature.HeaderPath(m.Key), $"{m.Key} is not a member the profile lists"))
            .ToList();
        if (jws.Has("typ") && JsonValues.Text(jws["typ"]) != "JOSE")
        {
            findings.Add(new(RequestSignature.HeaderPath("typ"), $"typ is {jws["typ"]?.ToJsonString() ?? "null"}, not \"JOSE\""));
        }

        if (jws.Has("cty") && JsonValues.Text(jws["cty"]) is var cty && !FitsBody(cty, mediaType))
        {
            findings.Add(new(RequestSignature.HeaderPath("cty"), $"cty is {jws["cty"]?.ToJsonString() ?? "null"}, not {(mediaType is null or "application/json" ? "\"json\" or \"application/json\"" : $"the body's media type '{mediaType}'")}"));
        }

        return findings;
    }

    /// <summary>cty as the profile allows it: json or application/json for a JSON body; the body's own media type otherwise.</summary>
    private static bool FitsBody(string? cty, string? mediaType) =>
        cty is not null && (mediaType is null or "application/json"
            ? cty.Equals("json", StringComparison.OrdinalIgnoreCase) || cty.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            : cty.Equals(mediaType, StringComparison.OrdinalIgnoreCase));

    private static List<Finding> Verify(RequestSignature jws, JsonWebKeySet keys, ExchangeView view)
    {
        if (!Base64Url.IsValid(jws.Signature))
        {
            return [new(RequestSignature.Path, "the signature part is not base64url (no '+', '/' or '=')")];
        }

        var alg = JsonValues.Text(jws["alg"])!;
        var kid = JsonValues.Text(jws["kid"]);
        if (keys.Find(kid, alg, "x-jws-signature").Case is not JsonWebKey key)
        {
            return [new(RequestSignature.HeaderPath("kid"), kid is null
                ? $"there is no kid, and the recording's {ClientJwksKey} does not have exactly one {alg} key"
                : keys.Keys.Any(k => k.Kid == kid)
                    ? $"the key '{kid}' of the recording's {ClientJwksKey} cannot verify {alg}"
                    : $"no key with kid '{kid}' in the recording's {ClientJwksKey} (kids: {string.Join(", ", keys.Keys.Select(k => k.Kid))})")];
        }

        var signature = Base64Url.DecodeFromChars(jws.Signature);
        var bodies = RequestSignature.SignedBodies(view.Request.Body);
        return bodies.Any(body => key.Verify(alg, jws.SigningInput(body), signature))
            ? []
            : [new(RequestSignature.Path, $"the {alg} signature does not verify over the request body with the key '{key.Kid}'"
                + (view.Request.Body is Traffic.RecordedBody.Json { Sent: null } ? " (the recording keeps the body as JSON: checked as it serialises compactly)" : ""))];
    }

    /// <summary>The TPP's keys from the recording's metadata, read once per recording; <see cref="ClientKeySet.Problem"/> says why there are none.</summary>
    private static ClientKeySet ClientKeys(ExchangeView view) =>
        view.Facts.Index(ClientKeysIndex, facts =>
            facts.Traffic.Meta(ClientJwksKey) is not { } text
                ? new ClientKeySet(null, $"cannot verify: no key (the recording's metadata has no {ClientJwksKey}, the TPP's public JWKS)")
                : JsonWebKeySet.Parse(text).Match(
                    Right: set => new ClientKeySet(set, ""),
                    Left: e => new ClientKeySet(null, $"cannot verify: the recording's {ClientJwksKey} is not a JWKS ({e})")));

    private static readonly object ClientKeysIndex = new();

    private sealed record ClientKeySet(JsonWebKeySet? Set, string Problem);

    [GeneratedRegex("^[^/\\s]+/[^/\\s]+$")]
    private static partial Regex DirectoryIssuer();
}
