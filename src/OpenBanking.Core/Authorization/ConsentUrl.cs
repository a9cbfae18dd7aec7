namespace OpenBanking.Core.Authorization;

/// <summary>
/// Where to send the PSU to authorise a consent, and what to keep for the redirect back:
/// the <see cref="State"/> and <see cref="Nonce"/> the callback and id_token must carry.
/// </summary>
/// <param name="Url">The authorisation URL with the signed request object.</param>
/// <param name="ConsentId">The consent being authorised (<c>openbanking_intent_id</c>).</param>
/// <param name="State">The <c>state</c> sent; the redirect must carry it back.</param>
/// <param name="Nonce">The <c>nonce</c> sent; the id_token must carry it.</param>
/// <param name="RequestObject">The signed request object (also in <see cref="Url"/>).</param>
public sealed record ConsentUrl(Uri Url, string ConsentId, string State, string Nonce, string RequestObject)
{
    /// <inheritdoc />
    public override string ToString() => Url.AbsoluteUri;
}
