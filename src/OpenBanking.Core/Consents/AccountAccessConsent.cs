namespace OpenBanking.Core.Consents;

/// <summary>An account access consent as the bank reports it (OBReadConsentResponse1 <c>Data</c>).</summary>
/// <param name="ConsentId">The consent's id: the request object's <c>openbanking_intent_id</c>. (v2.0 banks called it AccountRequestId.)</param>
/// <param name="Status">Its status.</param>
/// <param name="CreationDateTime">When it was created.</param>
/// <param name="StatusUpdateDateTime">When its status last changed (absent from v2.0 answers).</param>
/// <param name="Permissions">The permissions it grants.</param>
/// <param name="ExpirationDateTime">When it expires, if it does.</param>
/// <param name="TransactionFromDateTime">The earliest transaction booking date-time it covers.</param>
/// <param name="TransactionToDateTime">The latest transaction booking date-time it covers.</param>
public sealed record AccountAccessConsent(
    string ConsentId,
    ConsentStatus Status,
    DateTimeOffset CreationDateTime,
    DateTimeOffset? StatusUpdateDateTime,
    EquatableList<string> Permissions,
    DateTimeOffset? ExpirationDateTime,
    DateTimeOffset? TransactionFromDateTime,
    DateTimeOffset? TransactionToDateTime) : IConsent
{
}
