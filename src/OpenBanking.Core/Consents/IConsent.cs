namespace OpenBanking.Core.Consents;

/// <summary>
/// What the consent-authorisation flow needs of any family's consent (account access, payment, VRP, funds confirmation):
/// its id, the request object's <c>openbanking_intent_id</c>.
/// </summary>
public interface IConsent
{
    /// <summary>The consent's id.</summary>
    string ConsentId { get; }
}
