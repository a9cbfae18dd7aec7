using LanguageExt;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.OAuth;

namespace OpenBanking.Core.Flows;

/// <summary>The consent's life: is it still usable, and a call that refreshes the access token once when the bank refuses it.</summary>
public sealed partial class AccountInformationClient
{
    /// <summary>
    /// Reads the consent (GET, with the client credentials token) and returns it when it can be used now; otherwise a
    /// <see cref="ConsentNotUsableError"/> saying why: awaiting authorisation, rejected, revoked (v4.0 cancelled), expired
    /// (v4.0 EXPD, or Authorised past its ExpirationDateTime), or deleted (the bank answers 400/404 Resource.NotFound).
    /// </summary>
    public EitherAsync<OpenBankingError, AccountAccessConsent> CheckConsent(string clientToken, string consentId, CancellationToken cancellationToken = default) =>
        GetConsent(clientToken, consentId, cancellationToken)
            .MapLeft(error => ConsentLifecycle.ExplainRead(error, consentId))
            .Bind(consent => ConsentLifecycle.Assess(consent, Now).ToAsync());

    /// <summary>
    /// Calls <paramref name="call"/> with the access token of <paramref name="tokens"/>. When the bank answers 401 and there
    /// is a refresh token, refreshes the access token once (refresh_token grant) and calls once more with the new one; a
    /// second 401 is returned as it is. Never loops. Errors are <see cref="ConsentLifecycle.Explain"/>ed: a Reauthenticate
    /// code and a refresh token the bank refuses (<c>invalid_grant</c>) are a
    /// <see cref="ReauthenticateError"/> (a 401 with no refresh token is returned as it is); InvalidConsentStatus is a <see cref="ConsentNotUsableError"/>.
    /// </summary>
    /// <returns>The result with the tokens to keep: the refreshed ones (the old refresh token kept when the bank issued no new one), or <paramref name="tokens"/>.</returns>
    public async Task<RefreshedResult<T>> CallWithRefresh<T>(
        TokenResponse tokens, Func<string, CancellationToken, EitherAsync<OpenBankingError, T>> call, string? consentId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(call);
        var first = await call(tokens.AccessToken, cancellationToken).ToEither().ConfigureAwait(false);
        if (LeftOf(first) is not { } refusal || !TokenRefresh.ShouldRefresh(refusal, tokens))
        {
            return new RefreshedResult<T>(Explained(first, consentId), tokens, false);
        }

        var refreshed = await RefreshToken(tokens.RefreshToken!, cancellationToken).ToEither().ConfigureAwait(false);
        if (LeftOf(refreshed) is { } failed)
        {
            return new RefreshedResult<T>(Prelude.Left<OpenBankingError, T>(TokenRefresh.RefreshFailed(failed)), tokens, false);
        }

        var kept = TokenRefresh.Keep(tokens, refreshed.MatchUnsafe(Right: t => t, Left: _ => tokens));
        var second = await call(kept.AccessToken, cancellationToken).ToEither().ConfigureAwait(false);
        return new RefreshedResult<T>(Explained(second, consentId), kept, true);
    }

    private static OpenBankingError? LeftOf<T>(Either<OpenBankingError, T> result) =>
        result.MatchUnsafe<OpenBankingError?>(Right: _ => null, Left: error => error);

    private static Either<OpenBankingError, T> Explained<T>(Either<OpenBankingError, T> result, string? consentId) =>
        result.MapLeft(error => ConsentLifecycle.Explain(error, consentId));
}
