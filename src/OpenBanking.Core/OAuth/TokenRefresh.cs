using OpenBanking.Core.Errors;

namespace OpenBanking.Core.OAuth;

/// <summary>The pure decisions of refreshing on 401 (RFC 6749 §6): when to refresh, what a failed refresh means, which tokens to keep.</summary>
internal static class TokenRefresh
{
    /// <summary>
    /// True for a 401 (OBIE error, OAuth error or bare) when <paramref name="tokens"/> has a refresh token and the bank did
    /// not demand reauthentication: refresh once and call again. False otherwise: return the error.
    /// </summary>
    public static bool ShouldRefresh(OpenBankingError error, TokenResponse tokens)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(tokens);
        var unauthorised = error switch
        {
            ApiError api => api.Status == 401 && api.Meaning != ApiErrorMeaning.Reauthenticate,
            HttpError http => http.Status == 401,
            ProtocolError protocol => protocol.Status == 401,
            _ => false,
        };
        return unauthorised && !string.IsNullOrEmpty(tokens.RefreshToken);
    }

    /// <summary>
    /// A refused refresh: <c>invalid_grant</c> (RFC 6749 §5.2: the refresh token is invalid, expired or revoked) means the
    /// PSU must authorise again (<see cref="ReauthenticateError"/>); any other error is returned as it is.
    /// </summary>
    public static OpenBankingError RefreshFailed(OpenBankingError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is ProtocolError { Error: "invalid_grant" } protocol
            ? new ReauthenticateError(protocol.Operation, "the bank refused the refresh token with invalid_grant", protocol)
            : error;
    }

    /// <summary>
    /// The tokens to keep after a refresh: the new ones, with the old refresh token when the bank issued no new one
    /// (RFC 6749 §6: the server MAY issue a new refresh token; if it does, the client discards the old one).
    /// </summary>
    public static TokenResponse Keep(TokenResponse old, TokenResponse refreshed)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(refreshed);
        return refreshed.RefreshToken is null ? refreshed with { RefreshToken = old.RefreshToken } : refreshed;
    }
}
