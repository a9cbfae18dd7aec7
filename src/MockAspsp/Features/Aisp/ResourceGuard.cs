using System.Collections.Concurrent;
using LanguageExt;
using Microsoft.AspNetCore.Http;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;

namespace MockAspsp.Features.Aisp;

/// <summary>
/// Every Read/Write API request's checks, in order: a trusted transport certificate, a known unexpired bearer
/// token bound to that certificate (RFC 8705 §3), the right kind of token for the endpoint, a consent that is
/// Authorised and not expired, and the client's rate limit.
/// </summary>
public sealed class ResourceGuard(MockBank bank)
{
    private readonly ConcurrentDictionary<string, (long Second, int Count)> _rate = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="context"/> for an endpoint that needs a <paramref name="kind"/> token.</summary>
    public Either<ObError, Access> Check(HttpContext context, TokenKind kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = bank.Time.GetUtcNow();
        var certificate = bank.Certificate(context, now);
        if (certificate.IsLeft)
        {
            return certificate.Match(Right: _ => null!, Left: reason => new ObError(401, ObCodes.HeaderInvalid, reason, "client certificate"));
        }

        var cert = certificate.Match(Right: c => c, Left: _ => null!);
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return new ObError(401, ObCodes.HeaderMissing, "the Authorization header is required", "Authorization");
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return new ObError(401, ObCodes.HeaderInvalid, "Authorization must be a Bearer token", "Authorization");
        }

        var state = bank.Store.Current;
        if (!state.AccessTokens.TryGetValue(authorization["Bearer ".Length..].Trim(), out var token) || token.ExpiresAt <= now)
        {
            return new ObError(401, ObCodes.HeaderInvalid, "the access token is unknown, expired or revoked", "Authorization");
        }

        if (token.CertificateThumbprint != cert.Thumbprint)
        {
            return new ObError(401, ObCodes.HeaderInvalid, "the access token was issued to another transport certificate (RFC 8705 §3)", "Authorization");
        }

        if (token.Kind != kind)
        {
            return new ObError(403, ObCodes.ConsentMismatch, kind == TokenKind.ClientCredentials
                ? "account-access-consents need the client credentials token, not a consent's token"
                : "account resources need the token of an authorised consent, not a client credentials token");
        }

        if (RateLimited(token.ClientId, now))
        {
            return new ObError(429, ObCodes.UnexpectedError, $"more than {bank.Options.RateLimitPerSecond} requests a second from this client");
        }

        if (kind == TokenKind.ClientCredentials)
        {
            return new Access(token, cert, null);
        }

        if (!state.Consents.TryGetValue(token.ConsentId!, out var consent) || consent.Status != ConsentStatus.Authorised)
        {
            return new ObError(403, ObCodes.InvalidConsentStatus, $"the consent is {consent?.Status.ToString() ?? "gone"}, not Authorised");
        }

        if (consent.ExpirationDateTime <= now)
        {
            return new ObError(403, ObCodes.InvalidConsentStatus, $"the consent expired at {Wire.Date(consent.ExpirationDateTime.Value)}");
        }

        return new Access(token, cert, consent);
    }

    private bool RateLimited(string clientId, DateTimeOffset now)
    {
        if (bank.Options.RateLimitPerSecond <= 0)
        {
            return false;
        }

        var second = now.ToUnixTimeSeconds();
        var entry = _rate.AddOrUpdate(clientId, (second, 1), (_, old) => old.Second == second ? (second, old.Count + 1) : (second, 1));
        return entry.Count > bank.Options.RateLimitPerSecond;
    }
}
