using System.Text.Json;
using LanguageExt;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;

namespace MockAspsp.Features.OAuth;

/// <summary>
/// The authorisation request and its request object (OIDC Core §6.1, FAPI 1.0 Advanced §5.2.2, Read/Write API
/// Security Profile): signed by the client, for this bank, short-lived, for a registered redirect URI, and naming a
/// consent of this client that awaits authorisation.
/// </summary>
public static class RequestObjectValidator
{
    private static readonly TimeSpan MaxValidity = TimeSpan.FromMinutes(60);

    /// <summary>The validated request, or the OAuth error (invalid_request, invalid_request_object, invalid_scope, ...).</summary>
    public static async Task<Either<OAuthError, AuthorizationRequest>> Validate(
        IReadOnlyDictionary<string, string> query, ClientDirectory clients, BankIssuer issuer, BankState state, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(clients);
        string? Query(string name) => query.TryGetValue(name, out var value) ? value : null;

        var client = clients.Find(Query("client_id"));
        if (client is null)
        {
            return OAuthError.InvalidRequest("client_id is missing or unknown");
        }

        if (Query("request") is not { Length: > 0 } request)
        {
            return OAuthError.InvalidRequest("a signed request object (the request parameter) is required (FAPI 1.0 Advanced §5.2.2-1)");
        }

        // FAPI 1.0 Advanced §5.2.2-2: code id_token, or code with JARM (response_mode=jwt), which this bank does not offer.
        var responseType = Query("response_type");
        if (responseType != "code id_token")
        {
            return new OAuthError(400, "unsupported_response_type", $"response_type '{responseType}' is not supported; use 'code id_token'");
        }

        var verified = await SignedJwt.Verify(request, client.Keys, client.Registration.SigningAlgorithms);
        return verified.Match(
            Right: jwt => Claims(jwt, Query, client, issuer, state, now, options),
            Left: reason => Invalid(reason));
    }

    private static Either<OAuthError, AuthorizationRequest> Claims(
        JsonWebToken jwt, Func<string, string?> query, KnownClient client, BankIssuer issuer, BankState state, DateTimeOffset now, MockAspspOptions options)
    {
        var skew = TimeSpan.FromSeconds(options.ClockSkewSeconds);
        if (jwt.StringClaim("iss") != client.ClientId)
        {
            return Invalid($"iss must be the client_id; it is '{jwt.StringClaim("iss")}'");
        }

        if (!jwt.Audiences().Contains(issuer.Value))
        {
            return Invalid($"aud must be the issuer {issuer.Value}");
        }

        if (jwt.StringClaim("client_id") != client.ClientId)
        {
            return Invalid("client_id in the request object differs from the query's");
        }

        if (jwt.StringClaim("response_type") != query("response_type"))
        {
            return Invalid("response_type in the request object differs from the query's");
        }

        var redirectUri = jwt.StringClaim("redirect_uri");
        if (redirectUri is null || !client.Registration.RedirectUris.Contains(redirectUri))
        {
            return Invalid($"redirect_uri '{redirectUri}' is not registered for this client (an exact match is required)");
        }

        if (query("redirect_uri") is { } queryRedirect && queryRedirect != redirectUri)
        {
            return Invalid("redirect_uri in the request object differs from the query's");
        }

        var scopes = (jwt.StringClaim("scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!scopes.Contains("openid"))
        {
            return new OAuthError(400, "invalid_scope", "scope must include openid");
        }

        if (scopes.FirstOrDefault(s => !client.Registration.Scopes.Contains(s)) is { } unknown)
        {
            return new OAuthError(400, "invalid_scope", $"scope '{unknown}' is not registered for this client");
        }

        if (jwt.StringClaim("nonce") is not { Length: > 0 } nonce)
        {
            return Invalid("nonce is required with openid in the hybrid flow (OIDC Core §3.3.2.11)");
        }

        var stateValue = jwt.StringClaim("state");
        if (query("state") is { } queryState && queryState != stateValue)
        {
            return Invalid("state in the request object differs from the query's");
        }

        if (jwt.Time("exp") is not { } exp || exp <= now - skew)
        {
            return Invalid("exp is missing or in the past");
        }

        if (jwt.Time("nbf") is not { } nbf)
        {
            return Invalid("nbf is required (FAPI 1.0 Advanced §5.2.2-17)");
        }

        if (exp - nbf > MaxValidity)
        {
            return Invalid($"exp − nbf is {(exp - nbf).TotalMinutes:0.#} minutes; at most 60 are allowed (FAPI 1.0 Advanced §5.2.2-13)");
        }

        if (nbf > now + skew)
        {
            return Invalid($"nbf {nbf:O} is in the future");
        }

        if (nbf < now - MaxValidity)
        {
            return Invalid($"nbf {nbf:O} is more than 60 minutes ago: the request object is stale");
        }

        var requested = RequestedClaims(jwt);
        if (requested.Problem is { } problem)
        {
            return Invalid(problem);
        }

        if (requested.Intent is not { } consentId)
        {
            return Invalid("claims.id_token.openbanking_intent_id.value is required (the ConsentId)");
        }

        if (Intent(state, consentId, client.ClientId, scopes, now) is { } intentProblem)
        {
            return intentProblem;
        }

        if (!requested.AcrEssential)
        {
            return Invalid("claims.id_token.acr must be requested as essential (Read/Write API Security Profile)");
        }

        return new AuthorizationRequest(client.ClientId, consentId, redirectUri, stateValue, nonce, query("response_type")!,
            string.Join(' ', scopes), jwt.TryGetPayloadValue<long>("max_age", out var maxAge) ? (int)maxAge : null);
    }

    /// <summary>
    /// Why the consent the request object names cannot be authorised with it, or null: it must be this client's and
    /// await authorisation, an account access consent not expired and asked for with the accounts scope, a payment
    /// consent with the payments scope (Payment Initiation API Profile: the PSU authorises a payment consent with
    /// <c>scope=openid payments</c>).
    /// </summary>
    private static OAuthError? Intent(BankState state, string consentId, string clientId, string[] scopes, DateTimeOffset now)
    {
        if (state.PaymentConsents.TryGetValue(consentId, out var payment) && payment.ClientId == clientId)
        {
            return !scopes.Contains("payments") ? new OAuthError(400, "invalid_scope", "a payment consent is authorised with the payments scope")
                : payment.Status != PaymentConsentStatus.AwaitingAuthorisation ? Invalid($"consent '{consentId}' is {payment.Status}, not AwaitingAuthorisation")
                : null;
        }

        if (!state.Consents.TryGetValue(consentId, out var consent) || consent.ClientId != clientId)
        {
            return Invalid($"openbanking_intent_id '{consentId}' is not a consent of this client");
        }

        if (!scopes.Contains("accounts"))
        {
            return new OAuthError(400, "invalid_scope", "an account access consent is authorised with the accounts scope");
        }

        if (consent.Status != ConsentStatus.AwaitingAuthorisation)
        {
            return Invalid($"consent '{consentId}' is {consent.Status}, not AwaitingAuthorisation");
        }

        return consent.ExpirationDateTime <= now ? Invalid($"consent '{consentId}' expired at {consent.ExpirationDateTime:O}") : null;
    }

    /// <summary>The consent the claims request names and whether acr is essential, or why the claims request is malformed.</summary>
    private static (string? Intent, bool AcrEssential, string? Problem) RequestedClaims(JsonWebToken jwt)
    {
        try
        {
            using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload));
            if (!payload.RootElement.TryGetProperty("claims", out var claims))
            {
                return (null, false, null);
            }

            // OIDC Core §5.5: claims is a JSON object whose id_token member is an object too.
            if (claims.ValueKind != JsonValueKind.Object)
            {
                return (null, false, $"claims must be a JSON object (OIDC Core §5.5); it is a {claims.ValueKind.ToString().ToLowerInvariant()}");
            }

            if (!claims.TryGetProperty("id_token", out var idToken) || idToken.ValueKind != JsonValueKind.Object)
            {
                return (null, false, null);
            }

            var intent = idToken.TryGetProperty("openbanking_intent_id", out var i) && i.ValueKind == JsonValueKind.Object
                && i.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var acr = idToken.TryGetProperty("acr", out var a) && a.ValueKind == JsonValueKind.Object
                && a.TryGetProperty("essential", out var e) && e.ValueKind == JsonValueKind.True;
            return (intent, acr, null);
        }
        catch (JsonException)
        {
            return (null, false, "the payload is not JSON");
        }
    }

    private static OAuthError Invalid(string reason) => new(400, "invalid_request_object", reason);
}
