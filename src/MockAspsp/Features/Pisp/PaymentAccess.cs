using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Pisp;

/// <summary>A payment request that passed the guard: its token and, for a PSU's token, the payment consent it was issued for.</summary>
/// <param name="Token">The access token.</param>
/// <param name="Consent">The payment consent (consent tokens only).</param>
public sealed record PaymentAccess(AccessToken Token, PaymentConsent? Consent)
{
    /// <summary>The client.</summary>
    public string ClientId => Token.ClientId;

    /// <summary>
    /// Decides, purely, whether a request may use a Payment Initiation endpoint that needs a <paramref name="kind"/> token
    /// (the spec's TPPOAuth2Security: client credentials, for consents and payment reads; PSUOAuth2Security: the
    /// authorisation code grant of an authorised consent, for submissions and funds confirmation): a trusted certificate
    /// and a bearer token bound to it, as for every resource; a client credentials token where a PSU's is needed refused
    /// like an invalid token (401, as the account API does); the payments scope; then the token's kind (403
    /// UK.OBIE.Resource.ConsentMismatch) and, for a PSU's token, that its consent is a payment consent. Whether that consent
    /// is in a state to be used is for the endpoint: a replayed submission must find its payment, consumed consent or not.
    /// </summary>
    public static Either<ObError, PaymentAccess> Decide(
        BankState state, Either<string, ClientCertificate> certificate, string authorization, TokenKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Aisp.AccessDecision.Bearer(state, certificate, authorization, now).Bind(found => Check(state, found.Token, kind));
    }

    private static Either<ObError, PaymentAccess> Check(BankState state, AccessToken token, TokenKind kind)
    {
        if (kind == TokenKind.Consent && token.Kind == TokenKind.ClientCredentials)
        {
            return new ObError(401, ObCodes.HeaderInvalid, "payment submissions and funds confirmations need the token of a consent the PSU authorised, not a client credentials token",
                "Authorization", RefusesToken: true);
        }

        if (!token.Scope.Split(' ').Contains("payments"))
        {
            return new ObError(403, ObCodes.ConsentMismatch, $"the token's scope '{token.Scope}' does not include payments");
        }

        if (token.Kind != kind)
        {
            return new ObError(403, ObCodes.ConsentMismatch, "payment consents and payment reads need the client credentials token, not a consent's token");
        }

        if (kind == TokenKind.ClientCredentials)
        {
            return new PaymentAccess(token, null);
        }

        return state.PaymentConsents.TryGetValue(token.ConsentId!, out var consent)
            ? new PaymentAccess(token, consent)
            : new ObError(403, ObCodes.ConsentMismatch, "the token was issued for an account access consent, not a payment consent");
    }
}
