using OpenBanking.Core.Authorization;
using OpenBanking.Core.Consents;
using OpenBanking.Core.OAuth;

namespace OpenBanking.Core.Flows;

/// <summary>
/// The first half of a consent's authorisation, in any API family: a consent awaiting the PSU, and the consent URL to send
/// them to. Keep it (the state and nonce in <see cref="ConsentUrl"/>) until the redirect comes back.
/// </summary>
/// <typeparam name="TConsent">The family's consent (e.g. <see cref="AccountAccessConsent"/>).</typeparam>
/// <param name="ClientToken">The client credentials token (for reading or deleting the consent later).</param>
/// <param name="Consent">The consent as created.</param>
/// <param name="ConsentUrl">Where to send the PSU, with the state and nonce to check on return.</param>
public sealed record PendingAuthorisation<TConsent>(TokenResponse ClientToken, TConsent Consent, ConsentUrl ConsentUrl)
    where TConsent : IConsent
{
    /// <summary>The consent's id.</summary>
    public string ConsentId => Consent.ConsentId;
}
