using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Jose;

namespace OpenBanking.Conformance.Rules;

/// <summary>The private_key_jwt client assertion (RFC 7523 §3, OpenID Connect Core §9, FAPI 1.0 Advanced §8.6).</summary>
public static class ClientAssertionRules
{
    private const string Path = "$.request.body.client_assertion";

    /// <summary>How far a clock may be off before a time claim is judged wrong.</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromSeconds(60);

    /// <summary>The longest lifetime accepted for an assertion.</summary>
    public static readonly TimeSpan LongestLifetime = TimeSpan.FromMinutes(60);

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-CA-001", Severity.Error, "The client assertion is a JWS signed with PS256 or ES256",
                "FAPI 1.0 Advanced §8.6 (PS256 or ES256 only; never none); RFC 7523 §3",
                "Sign the assertion with your signing key using PS256 (RSA) or ES256 (EC P-256)"),
            view => Assertion(view) is not { } token ? []
                : JsonValues.Jwt(token) is not { } jwt ? [new(Path, "the client_assertion is not a compact JWS with a JSON header and claims")]
                : !Jwts.FapiAlgorithms.Contains(jwt.Algorithm) ? [new($"{Path}.header.alg", $"alg is '{jwt.Algorithm}'")]
                : []),

        new(new("TPP-CA-002", Severity.Error, "iss and sub are both the client_id",
                "RFC 7523 §3 (iss and sub: the client_id for client authentication); OpenID Connect Core §9",
                "Set iss and sub to your client_id (and send the same client_id if you send one in the form)"),
            view => Decoded(view) is not { } jwt ? [] : IssuerAndSubject(jwt, (view.Request.Body as RecordedBody.Form)?["client_id"])),

        new(new("TPP-CA-003", Severity.Error, "aud is the token endpoint URL (or the issuer)",
                "RFC 7523 §3 (aud identifies the authorization server); OpenID Connect Core §9 (the token endpoint URL); FAPI 1.0 Advanced §5.2.2",
                "Set aud to the bank's token endpoint URL as published in its discovery document"),
            view => Decoded(view) is not { } jwt ? []
                : Jwts.Audiences(jwt) is { Count: 0 } ? [new($"{Path}.payload.aud", "aud is missing")]
                : Jwts.Audiences(jwt).Any(a => IdentifiesTheServer(a, view)) ? []
                : [new($"{Path}.payload.aud", $"aud is {string.Join(", ", Jwts.Audiences(jwt).Select(a => $"'{a}'"))}, not the token endpoint {TokenEndpoint(view)}")]),

        new(new("TPP-CA-004", Severity.Error, "exp and iat are present, exp is after iat, and the assertion lives at most 60 minutes",
                "RFC 7523 §3 (exp required); OpenID Connect Core §9 (iat required; short-lived)",
                "Set iat to now and exp a few minutes later (five is common)"),
            view => Decoded(view) is not { } jwt ? [] : Lifetime(jwt, $"{Path}.payload")),

        new(new("TPP-CA-005", Severity.Error, "The assertion is current when sent: iat not in the future, exp not passed",
                "RFC 7523 §3 (the authorization server rejects expired JWTs); OpenID Connect Core §9",
                "Make a new assertion for each token request, from the current time (check the client's clock)"),
            view => Decoded(view) is not { } jwt || view.At is not { } at ? [] : Current(jwt, at, $"{Path}.payload")),

        new(new("TPP-CA-006", Severity.Error, "jti is present",
                "OpenID Connect Core §9 (jti REQUIRED); RFC 7523 §3",
                "Give every assertion a unique jti (a UUID)"),
            view => Decoded(view) is not { } jwt ? []
                : string.IsNullOrEmpty(jwt.StringClaim("jti")) ? [new($"{Path}.payload.jti", "jti is missing or empty")]
                : []),

        new(new("TPP-CA-007", Severity.Error, "No jti is used twice",
                "RFC 7523 §3 (the server may refuse a JWT whose jti it has seen); OpenID Connect Core §9",
                "Make a new assertion, with a new jti, for every token request; never reuse one"),
            view => Decoded(view) is not { } jwt || jwt.StringClaim("jti") is not { Length: > 0 } jti ? []
                : FirstUse(view, jti) < view.Facts.CountBefore(view.Exchange.Number)
                    ? [new($"{Path}.payload.jti", $"jti '{jti}' was already used by an earlier assertion in this recording")]
                    : []),

        new(new("TPP-CA-008", Severity.Warning, "The assertion's header names its key (kid)",
                "Open Banking Security Profile (kid in the JWS header, matching a key in the TPP's JWKS)",
                "Put the signing key's kid in the header so the bank can pick the key from your JWKS"),
            view => Decoded(view) is not { } jwt ? []
                : string.IsNullOrEmpty(jwt.KeyId) ? [new($"{Path}.header.kid", "kid is missing")]
                : []),
    ];

    private static readonly object JtiIndex = new();

    /// <summary>
    /// Where in the recording (its position, from 0) a token request's client assertion first used <paramref name="jti"/>;
    /// int.MaxValue when none did. The recording's jtis are indexed once, not searched for every assertion.
    /// </summary>
    private static int FirstUse(ExchangeView view, string jti) =>
        view.Facts.Index(JtiIndex, facts =>
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < facts.Traffic.Exchanges.Count; i++)
            {
                if (facts.Endpoints[i].Kind == EndpointKind.Token
                    && JsonValues.Jwt((facts.Traffic.Exchanges[i].Request.Body as RecordedBody.Form)?["client_assertion"])?.StringClaim("jti") is { } used)
                {
                    first.TryAdd(used, i);
                }
            }

            return first;
        }).GetValueOrDefault(jti, int.MaxValue);

    private static string? Assertion(ExchangeView view) =>
        view.Endpoint.Kind == EndpointKind.Token ? (view.Request.Body as RecordedBody.Form)?["client_assertion"] : null;

    private static DecodedJws? Decoded(ExchangeView view) => JsonValues.Jwt(Assertion(view));

    private static string TokenEndpoint(ExchangeView view) => view.Request.Url.GetLeftPart(UriPartial.Path);

    /// <summary>The URL the assertion was sent to, a token endpoint the bank publishes (or its mTLS alias), or the issuer.</summary>
    private static bool IdentifiesTheServer(string audience, ExchangeView view) =>
        new[] { TokenEndpoint(view), view.Issuer }.Concat(TrafficFacts.TokenEndpoints(view.Traffic))
            .OfType<string>()
            .Any(known => TrafficFacts.SameEndpoint(known, audience));

    private static List<Finding> IssuerAndSubject(DecodedJws jwt, string? clientId)
    {
        var iss = jwt.StringClaim("iss");
        var sub = jwt.StringClaim("sub");
        var findings = new List<Finding>();
        if (string.IsNullOrEmpty(iss))
        {
            findings.Add(new($"{Path}.payload.iss", "iss is missing"));
        }

        if (string.IsNullOrEmpty(sub))
        {
            findings.Add(new($"{Path}.payload.sub", "sub is missing"));
        }
        else if (!string.IsNullOrEmpty(iss) && sub != iss)
        {
            findings.Add(new($"{Path}.payload.sub", $"sub '{sub}' is not iss '{iss}'"));
        }

        if (clientId is not null && !string.IsNullOrEmpty(iss) && iss != clientId)
        {
            findings.Add(new($"{Path}.payload.iss", $"iss '{iss}' is not the client_id '{clientId}' sent in the form"));
        }

        return findings;
    }

    /// <summary>exp and iat present, in order, and not too far apart (shared with the request object rules, which use nbf).</summary>
    internal static List<Finding> Lifetime(DecodedJws jwt, string path, string start = "iat")
    {
        var exp = jwt.TimeClaim("exp");
        var from = jwt.TimeClaim(start);
        var findings = new List<Finding>();
        if (exp is null)
        {
            findings.Add(new($"{path}.exp", "exp is missing or not a NumericDate"));
        }

        if (from is null)
        {
            findings.Add(new($"{path}.{start}", $"{start} is missing or not a NumericDate"));
        }

        if (exp is { } e && from is { } f)
        {
            if (e <= f)
            {
                findings.Add(new($"{path}.exp", $"exp is not after {start}"));
            }
            else if (e - f > LongestLifetime)
            {
                findings.Add(new($"{path}.exp", $"exp is {(e - f).TotalMinutes:0} minutes after {start}"));
            }
        }

        return findings;
    }

    /// <summary>iat not in the future and exp not passed at <paramref name="at"/>, allowing <see cref="Skew"/>.</summary>
    internal static List<Finding> Current(DecodedJws jwt, DateTimeOffset at, string path)
    {
        var findings = new List<Finding>();
        if (jwt.TimeClaim("iat") is { } iat && iat - at > Skew)
        {
            findings.Add(new($"{path}.iat", $"iat is {(iat - at).TotalSeconds:0} s after the exchange"));
        }

        if (jwt.TimeClaim("exp") is { } exp && at - exp > Skew)
        {
            findings.Add(new($"{path}.exp", $"exp passed {(at - exp).TotalSeconds:0} s before the exchange"));
        }

        return findings;
    }
}
