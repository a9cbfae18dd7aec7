using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Aisp;

/// <summary>
/// Whether a resource request may go on, decided purely: a trusted transport certificate, a known unexpired bearer
/// token bound to it (RFC 8705 §3) of the right kind for the endpoint (a client credentials token on a PSU's resource
/// is refused like an invalid token: 401), with the accounts scope, and a consent that is Authorised and not expired.
/// </summary>
public static class AccessDecision
{
    /// <summary>The access, or the OBIE error that refuses it.</summary>
    public static Either<ObError, Access> Decide(
        BankState state, Either<string, ClientCertificate> certificate, string authorization, TokenKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Bearer(state, certificate, authorization, now).Bind(found => Check(state, found.Certificate, found.Token, kind, now));
    }

    /// <summary>
    /// What every protected endpoint checks first: the transport certificate, then a known unexpired bearer token bound
    /// to it (RFC 8705 §3) — a token over another certificate is refused like an invalid one.
    /// </summary>
    public static Either<ObError, (ClientCertificate Certificate, AccessToken Token)> Bearer(
        BankState state, Either<string, ClientCertificate> certificate, string authorization, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(authorization);
        return certificate
            .MapLeft(reason => new ObError(401, ObCodes.HeaderInvalid, reason, "client certificate", RefusesToken: true))
            .Bind(cert => Token(state, authorization, now).Map(token => (cert, token)))
            .Bind(found => found.token.CertificateThumbprint == found.cert.Thumbprint
                ? Prelude.Right<ObError, (ClientCertificate, AccessToken)>(found)
                : new ObError(401, ObCodes.HeaderInvalid, "the access token was issued to another transport certificate (RFC 8705 section 3)", "Authorization", RefusesToken: true));
    }

    private static Either<ObError, AccessToken> Token(BankState state, string authorization, DateTimeOffset now)
    {
        if (authorization.Length == 0)
        {
            return new ObError(401, ObCodes.HeaderMissing, "the Authorization header is required", "Authorization");
        }

        // RFC 9110 §11.1: the scheme is case-insensitive.
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return new ObError(401, ObCodes.HeaderInvalid, "Authorization must be a Bearer token", "Authorization");
        }

        return state.AccessTokens.TryGetValue(authorization["Bearer ".Length..].Trim(), out var token) && token.ExpiresAt > now
            ? token
            : new ObError(401, ObCodes.HeaderInvalid, "the access token is unknown, expired or revoked", "Authorization", RefusesToken: true);
    }

    private static Either<ObError, Access> Check(BankState state, ClientCertificate cert, AccessToken token, TokenKind kind, DateTimeOffset now)
    {
        // A client credentials token on a resource a PSU must authorise is not a token for it at all: 401, as for an
        // invalid token, with WWW-Authenticate: Bearer error="invalid_token" (Read/Write Data API Profile v3.1.11, HTTP
        // Status Codes: "Authorization header missing or invalid token | 401 Unauthorized ... Re-authenticating the PSU
        // may result in an appropriate token"; Account and Transaction API Profile, Grants Types: "AISPs must use an
        // authorization code grant ... to obtain a token to access all other resources"; RFC 6750 §3.1).
        if (kind == TokenKind.Consent && token.Kind == TokenKind.ClientCredentials)
        {
            return new ObError(401, ObCodes.HeaderInvalid, "account resources need the token of a consent the PSU authorised, not a client credentials token",
                "Authorization", RefusesToken: true);
        }

        if (!token.Scope.Split(' ').Contains("accounts"))
        {
            return new ObError(403, ObCodes.ConsentMismatch, $"the token's scope '{token.Scope}' does not include accounts");
        }

        if (token.Kind != kind)
        {
            return new ObError(403, ObCodes.ConsentMismatch, "account-access-consents need the client credentials token, not a consent's token");
        }

        if (kind == TokenKind.ClientCredentials)
        {
            return new Access(token, cert, null);
        }

        if (!state.Consents.TryGetValue(token.ConsentId!, out var consent) || consent.Status != ConsentStatus.Authorised)
        {
            return new ObError(403, ObCodes.InvalidConsentStatus, $"the consent is {consent?.Status.ToString() ?? "gone"}, not Authorised");
        }

        return consent.ExpirationDateTime <= now
            ? new ObError(403, ObCodes.InvalidConsentStatus, $"the consent expired at {Wire.Date(consent.ExpirationDateTime.Value)}")
            : new Access(token, cert, consent);
    }
}
