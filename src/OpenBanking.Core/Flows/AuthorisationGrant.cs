using OpenBanking.Core.Authorization;
using OpenBanking.Core.OAuth;

namespace OpenBanking.Core.Flows;

/// <summary>The end of a consent's authorisation, in any API family: tokens for the consent and the verified id_token's claims.</summary>
/// <param name="ConsentId">The authorised consent.</param>
/// <param name="Tokens">The access (and refresh) token from the code exchange.</param>
/// <param name="IdToken">The verified claims of the id_token.</param>
public sealed record AuthorisationGrant(string ConsentId, TokenResponse Tokens, IdTokenClaims IdToken)
{
    /// <summary>The access token for the consent's resources.</summary>
    public string AccessToken => Tokens.AccessToken;

    /// <summary>Consent id, tokens (redacted by <see cref="TokenResponse"/>) and claims; never the access token itself.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"ConsentId = {ConsentId}, Tokens = {Tokens}, IdToken = {IdToken}");
        return true;
    }
}
