using System.Text.Json;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Conformance.Rules;

/// <summary>
/// The authorization request and its request object (FAPI 1.0 Advanced §5.2.2, OpenID Connect Core §3.3 and §6.1,
/// Open Banking Security Profile). It is found in a GET to the authorization endpoint (a browser's HAR), or in the
/// <c>consent_url</c> a headless approval sends (the mock bank's <c>/authorize/headless</c>).
/// </summary>
public static class AuthorizationRequestRules
{
    private const string Fapi = "FAPI 1.0 Advanced §5.2.2";

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-RO-001", Severity.Error, "The authorization request carries a signed request object",
                $"{Fapi}-1 (request object required); Open Banking Security Profile",
                "Send the authorization parameters in a signed JWT as the request parameter (the library's ConsentUrl does)"),
            view => Of(view) is { } request && request.Value("request") is null
                ? [new($"{request.Path}.request", "there is no request parameter")]
                : []),

        new(new("TPP-RO-002", Severity.Error, "The request object is signed with PS256 or ES256",
                "FAPI 1.0 Advanced §8.6 (PS256 or ES256; never none)",
                "Sign the request object with your signing key using PS256 (RSA) or ES256 (EC P-256)"),
            view => Of(view) is not { } request || request.Value("request") is not { } token ? []
                : JsonValues.Jwt(token) is not { } jwt ? [new($"{request.Path}.request", "the request object is not a compact JWS with a JSON header and claims")]
                : !Jwts.FapiAlgorithms.Contains(jwt.Algorithm) ? [new($"{request.Path}.request.header.alg", $"alg is '{jwt.Algorithm}'")]
                : []),

        new(new("TPP-RO-003", Severity.Error, "The request object's aud is the bank's issuer",
                $"{Fapi}-15 (aud: the OP's Issuer Identifier URL)",
                "Set aud to the issuer from the bank's discovery document"),
            view => Object(view) is not { } ro || view.Issuer is not { } issuer ? []
                : Jwts.Audiences(ro.Jwt) is { Count: 0 } ? [new($"{ro.Path}.aud", "aud is missing")]
                : Jwts.Audiences(ro.Jwt).Any(a => a.TrimEnd('/') == issuer.TrimEnd('/')) ? []
                : [new($"{ro.Path}.aud", $"aud is {string.Join(", ", Jwts.Audiences(ro.Jwt).Select(a => $"'{a}'"))}, not the issuer '{issuer}'")]),

        new(new("TPP-RO-004", Severity.Error, "exp and nbf are present and exp is at most 60 minutes after nbf",
                $"{Fapi}-13 and -17",
                "Set nbf to now and exp at most 60 minutes later (ten is common)"),
            view => Object(view) is not { } ro ? [] : ClientAssertionRules.Lifetime(ro.Jwt, ro.Path, start: "nbf")),

        new(new("TPP-RO-005", Severity.Error, "The request object carries a nonce",
                "OpenID Connect Core §3.3.2.11 (nonce REQUIRED in the hybrid flow); FAPI 1.0 Advanced §5.2.2.2",
                "Generate a fresh nonce per authorization and put it in the request object (and check it in the id_token)"),
            view => Object(view) is { } ro && string.IsNullOrEmpty(ro.Jwt.StringClaim("nonce")) ? [new($"{ro.Path}.nonce", "nonce is missing")] : []),

        new(new("TPP-RO-006", Severity.Error, "The request object carries redirect_uri, the same as the query's",
                "FAPI 1.0 Advanced §5.2.2-10 (redirect_uri required); OpenID Connect Core §6.1",
                "Put the registered redirect URI in the request object, and the same value in the query if you send it there"),
            view => Object(view) is not { } ro ? [] : SameAsQuery(ro, OAuthParameters.RedirectUri)),

        new(new("TPP-RO-007", Severity.Error, "response_type is 'code id_token' (or 'code' with a JARM response_mode), the same in the query and the request object",
                "FAPI 1.0 Advanced §5.2.2-2; Open Banking Security Profile (hybrid flow); OpenID Connect Core §6.1 (response_type must match)",
                "Use response_type 'code id_token' in both the query and the request object (or 'code' with response_mode 'jwt')"),
            view => Object(view) is not { } ro ? [] : ResponseType(ro)),

        new(new("TPP-RO-008", Severity.Error, "scope includes openid, in the query and in the request object",
                "OpenID Connect Core §3.1.2.1 and §6.1 (the query's scope must contain openid); Open Banking Security Profile",
                "Ask for 'openid accounts' (or 'openid payments') in both the query and the request object"),
            view => Object(view) is not { } ro ? []
                : new[] { (Value: ro.Request.Value(OAuthParameters.Scope), Path: $"{ro.Request.Path}.scope", Where: "the query"), (Value: ro.Jwt.StringClaim("scope"), Path: $"{ro.Path}.scope", Where: "the request object") }
                    .Where(s => s.Value is null || !Words(s.Value).Contains("openid"))
                    .Select(s => new Finding(s.Path, s.Value is null ? $"{s.Where} has no scope" : $"{s.Where}'s scope '{s.Value}' does not include openid"))),

        new(new("TPP-RO-009", Severity.Error, "claims.id_token.openbanking_intent_id is essential and names the consent",
                "Open Banking Security Profile (openbanking_intent_id essential claim); Read/Write API §Consent Authorisation",
                "Request the consent's id as {\"openbanking_intent_id\": {\"value\": \"<ConsentId>\", \"essential\": true}} under claims.id_token"),
            view => Object(view) is not { } ro ? [] : Intent(ro, view)),

        new(new("TPP-RO-010", Severity.Warning, "claims.id_token.acr is requested as essential, with urn:openbanking:psd2:sca",
                "Open Banking Security Profile (acr values urn:openbanking:psd2:sca and urn:openbanking:psd2:ca)",
                "Request {\"acr\": {\"essential\": true, \"values\": [\"urn:openbanking:psd2:sca\", \"urn:openbanking:psd2:ca\"]}} under claims.id_token"),
            view => Object(view) is not { } ro ? [] : Acr(ro)),

        new(new("TPP-RO-012", Severity.Error, "The request object is current when sent: nbf at most 60 minutes in the past and not in the future, exp not passed",
                $"{Fapi}-17 (nbf no longer than 60 minutes in the past); RFC 7519 §4.1.4 and §4.1.5",
                "Make the request object when you build the consent URL, with nbf now and exp a few minutes later"),
            view => Object(view) is not { } ro || view.At is not { } at ? [] : Current(ro, at)),

        new(new("TPP-RO-013", Severity.Error, "The authorization request asks for the scope of the consent it authorises: payments for a payment or VRP consent",
                "Read/Write Data API Profile v3.1.11 §Consent Authorisation and §Scopes & Grant Types; VRP API v3.1.11 (\"called with the same scope as the one used for the corresponding consent\"); Open Banking Security Profile",
                "Ask for 'openid payments' to authorise a payment or VRP consent ('openid accounts' for account access, 'openid fundsconfirmations' for funds confirmation), in the query and the request object"),
            view => Object(view) is { } ro ? ConsentScope(ro, view) : []),

        new(new("TPP-RO-011", Severity.Error, "The request object's iss and client_id are the client_id of the query",
                "OpenID Connect Core §6.1 and §6.3.1; FAPI 1.0 Advanced §5.2.2",
                "Set iss and client_id in the request object to your client_id, the same as the query's client_id"),
            view => Object(view) is not { } ro ? [] : ClientId(ro)),
    ];

    /// <summary>The authorization request an exchange carries, or null.</summary>
    private static AuthorizationRequest? Of(ExchangeView view)
    {
        if (view.Endpoint.Kind == EndpointKind.Authorization)
        {
            return new(view.Request.Query, "$.request.query");
        }

        return view.Request.Body is RecordedBody.Json json && JsonValues.Text(JsonValues.Member(json.Value, "consent_url")) is { } url
            && Uri.TryCreate(url, UriKind.Absolute, out var consentUrl)
            ? new(RecordedHeaders.Parameters(consentUrl.Query), "$.request.body.consent_url.query")
            : null;
    }

    private static RequestObject? Object(ExchangeView view) =>
        Of(view) is { } request && JsonValues.Jwt(request.Value("request")) is { } jwt ? new(request, jwt, $"{request.Path}.request.payload") : null;

    private static readonly string[] JarmModes = ["jwt", "query.jwt", "fragment.jwt", "form_post.jwt"];

    private static System.Collections.Generic.HashSet<string> Words(string value) =>
        new(value.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>response_type as a set of words (their order does not matter), the same in the query and the object.</summary>
    private static List<Finding> ResponseType(RequestObject ro)
    {
        var inObject = ro.Jwt.StringClaim(OAuthParameters.ResponseType);
        var inQuery = ro.Request.Value(OAuthParameters.ResponseType);
        if (inObject is null)
        {
            return [new($"{ro.Path}.response_type", "response_type is missing")];
        }

        if (inQuery is not null && !Words(inQuery).SetEquals(Words(inObject)))
        {
            return [new($"{ro.Request.Path}.response_type", $"the query's response_type '{inQuery}' is not the request object's '{inObject}'")];
        }

        var words = Words(inObject);
        var mode = ro.Jwt.StringClaim("response_mode") ?? ro.Request.Value("response_mode");
        return words.SetEquals(["code", "id_token"]) || (words.SetEquals(["code"]) && JarmModes.Contains(mode))
            ? []
            : [new($"{ro.Path}.response_type", words.SetEquals(["code"]) ? "response_type is 'code' without a JARM response_mode" : $"response_type is '{inObject}'")];
    }

    private static List<Finding> Current(RequestObject ro, DateTimeOffset at)
    {
        var findings = new List<Finding>();
        if (ro.Jwt.TimeClaim("nbf") is { } nbf)
        {
            if (at - nbf > TimeSpan.FromMinutes(60))
            {
                findings.Add(new($"{ro.Path}.nbf", $"nbf is {(at - nbf).TotalMinutes:0} minutes before the exchange"));
            }
            else if (nbf - at > ClientAssertionRules.Skew)
            {
                findings.Add(new($"{ro.Path}.nbf", $"nbf is {(nbf - at).TotalSeconds:0} s after the exchange"));
            }
        }

        if (ro.Jwt.TimeClaim("exp") is { } exp && at - exp > ClientAssertionRules.Skew)
        {
            findings.Add(new($"{ro.Path}.exp", $"exp passed {(at - exp).TotalSeconds:0} s before the exchange"));
        }

        return findings;
    }

    private static List<Finding> SameAsQuery(RequestObject ro, string name)
    {
        var inObject = ro.Jwt.StringClaim(name);
        var inQuery = ro.Request.Value(name);
        return inObject is null ? [new($"{ro.Path}.{name}", $"{name} is missing")]
            : inQuery is not null && inQuery != inObject ? [new($"{ro.Request.Path}.{name}", $"the query's {name} '{inQuery}' is not the request object's '{inObject}'")]
            : [];
    }

    private static List<Finding> Intent(RequestObject ro, ExchangeView view)
    {
        var path = $"{ro.Path}.claims.id_token.openbanking_intent_id";
        if (!ro.Jwt.Claims.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Object
            || !claims.TryGetProperty("id_token", out var idToken) || idToken.ValueKind != JsonValueKind.Object
            || !idToken.TryGetProperty("openbanking_intent_id", out var intent) || intent.ValueKind != JsonValueKind.Object)
        {
            return [new(path, "openbanking_intent_id is not requested")];
        }

        var findings = new List<Finding>();
        if (!intent.TryGetProperty("essential", out var essential) || essential.ValueKind != JsonValueKind.True)
        {
            findings.Add(new($"{path}.essential", "openbanking_intent_id is not essential"));
        }

        var value = intent.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var consents = ConsentIds(view).ToList();
        if (string.IsNullOrEmpty(value))
        {
            findings.Add(new($"{path}.value", "openbanking_intent_id has no value"));
        }
        else if (consents.Count > 0 && !consents.Contains(value))
        {
            findings.Add(new($"{path}.value", $"'{value}' is not a consent the bank created earlier in this recording ({string.Join(", ", consents)})"));
        }

        return findings;
    }

    /// <summary>The ConsentIds of the consents the bank created before this exchange.</summary>
    private static IEnumerable<string> ConsentIds(ExchangeView view) => CreatedConsents.Before(view).Select(c => c.ConsentId);

    /// <summary>The scope words the consent named by openbanking_intent_id needs and the query or request object lacks (a missing scope is TPP-RO-008's).</summary>
    private static IEnumerable<Finding> ConsentScope(RequestObject ro, ExchangeView view)
    {
        if (IntentValue(ro) is not { } intent || CreatedConsents.Find(view, intent) is not { } consent || CreatedConsents.ScopeOf(consent.Operation) is not { } needed)
        {
            return [];
        }

        return new[] { (Value: ro.Request.Value(OAuthParameters.Scope), Path: $"{ro.Request.Path}.scope", Where: "the query"), (Value: ro.Jwt.StringClaim("scope"), Path: $"{ro.Path}.scope", Where: "the request object") }
            .Where(s => s.Value is not null && !Words(s.Value).Contains(needed))
            .Select(s => new Finding(s.Path, $"{s.Where}'s scope '{s.Value}' does not include {needed}, which the consent '{intent}' needs (exchange #{consent.Number}, POST {consent.Operation!.Template})"));
    }

    /// <summary>The value of claims.id_token.openbanking_intent_id, or null.</summary>
    private static string? IntentValue(RequestObject ro) =>
        ro.Jwt.Claims.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Object
        && claims.TryGetProperty("id_token", out var idToken) && idToken.ValueKind == JsonValueKind.Object
        && idToken.TryGetProperty("openbanking_intent_id", out var intent) && intent.ValueKind == JsonValueKind.Object
        && intent.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static List<Finding> Acr(RequestObject ro)
    {
        var path = $"{ro.Path}.claims.id_token.acr";
        if (!ro.Jwt.Claims.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Object
            || !claims.TryGetProperty("id_token", out var idToken) || idToken.ValueKind != JsonValueKind.Object
            || !idToken.TryGetProperty("acr", out var acr) || acr.ValueKind != JsonValueKind.Object)
        {
            return [new(path, "acr is not requested")];
        }

        var essential = acr.TryGetProperty("essential", out var e) && e.ValueKind == JsonValueKind.True;
        var values = acr.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : null).ToList()
            : acr.TryGetProperty("value", out var single) && single.ValueKind == JsonValueKind.String ? [single.GetString()] : [];
        return !essential ? [new($"{path}.essential", "acr is not essential")]
            : !values.Contains(AcrValues.Sca) ? [new($"{path}.values", $"the acr values do not include {AcrValues.Sca}")]
            : [];
    }

    private static List<Finding> ClientId(RequestObject ro)
    {
        var client = ro.Request.Value(OAuthParameters.ClientId);
        var findings = new List<Finding>();
        if (client is null)
        {
            findings.Add(new($"{ro.Request.Path}.client_id", "the query has no client_id"));
            return findings;
        }

        foreach (var claim in new[] { "iss", "client_id" })
        {
            if (ro.Jwt.StringClaim(claim) is var value && value != client)
            {
                findings.Add(new($"{ro.Path}.{claim}", value is null ? $"{claim} is missing" : $"{claim} '{value}' is not the query's client_id '{client}'"));
            }
        }

        return findings;
    }

    private sealed record AuthorizationRequest(IReadOnlyList<KeyValuePair<string, string>> Query, string Path)
    {
        public string? Value(string name) => Query.FirstOrDefault(q => q.Key == name) is { Key: not null } p ? p.Value : null;
    }

    private sealed record RequestObject(AuthorizationRequest Request, DecodedJws Jwt, string Path);
}
