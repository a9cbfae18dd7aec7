using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;

namespace OpenBanking.Core.Flows;

/// <summary>A call that refreshes the access token once when the bank refuses it.</summary>
public partial class OpenBankingClient
{
    /// <summary>
    /// Calls <paramref name="call"/> with the access token of <paramref name="tokens"/>. When the bank answers 401 and there
    /// is a refresh token, refreshes the access token once (refresh_token grant) and calls once more with the new one; a
    /// second 401 is returned as it is. Never loops. Errors are <see cref="ConsentLifecycle.Explain"/>ed: a Reauthenticate
    /// code and a refresh token the bank refuses (<c>invalid_grant</c>) are a
    /// <see cref="ReauthenticateError"/> (a 401 with no refresh token is returned as it is); InvalidConsentStatus is a <see cref="ConsentNotUsableError"/>.
    /// </summary>
    /// <returns>
    /// The result with the tokens to keep: the refreshed ones (the old refresh token kept when the bank issued no new one), or
    /// <paramref name="tokens"/>. The tokens come back beside the result, not inside it, because a refresh can succeed and the
    /// second call still fail: a bank that rotates refresh tokens has then spent the old one, and the new ones must not be lost.
    /// </returns>
    public async Task<RefreshedResult<T>> CallWithRefresh<T>(
        TokenResponse tokens, Func<string, CancellationToken, EitherAsync<OpenBankingError, T>> call, string? consentId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(call);
        var first = await call(tokens.AccessToken, cancellationToken).ToEither().ConfigureAwait(false);
        if (first.Case is not OpenBankingError refusal || !TokenRefresh.ShouldRefresh(refusal, tokens) || tokens.RefreshToken is not { } refreshToken)
        {
            return new RefreshedResult<T>(Explained(first, consentId), tokens, false);
        }

        var refreshed = await RefreshToken(refreshToken, cancellationToken).ToEither().ConfigureAwait(false);
        return await refreshed.MatchAsync(
            RightAsync: async fresh =>
            {
                var kept = TokenRefresh.Keep(tokens, fresh);
                var second = await call(kept.AccessToken, cancellationToken).ToEither().ConfigureAwait(false);
                return new RefreshedResult<T>(Explained(second, consentId), kept, true);
            },
            Left: failed => new RefreshedResult<T>(Prelude.Left<OpenBankingError, T>(TokenRefresh.RefreshFailed(failed)), tokens, false)).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="call"/> with refresh on 401 (see <see cref="CallWithRefresh{T}(TokenResponse, Func{string, CancellationToken, EitherAsync{OpenBankingError, T}}, string?, CancellationToken)"/>).</summary>
    public Task<RefreshedResult<T>> SendWithRefresh<T>(
        TokenResponse tokens, ApiCall<T> call, string? consentId = null, CustomerContext? customer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        return CallWithRefresh(tokens, (token, ct) => Send(token, call, customer, ct), consentId, cancellationToken);
    }

    private static Either<OpenBankingError, T> Explained<T>(Either<OpenBankingError, T> result, string? consentId) =>
        result.MapLeft(error => ConsentLifecycle.Explain(error, consentId));
}
