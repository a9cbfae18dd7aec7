namespace OpenBanking.Core.Consents;

/// <summary>What to ask the PSU for (OBReadConsent1 <c>Data</c>).</summary>
/// <param name="Permissions">Permission codes (<see cref="Protocol.ObPermission"/>).</param>
/// <param name="ExpirationDateTime">When the consent ends; null for no end date.</param>
/// <param name="TransactionFromDateTime">The earliest booking date-time of transactions the TPP may read.</param>
/// <param name="TransactionToDateTime">The latest booking date-time of transactions the TPP may read.</param>
public sealed record AccountAccessConsentRequest(
    EquatableList<string> Permissions,
    DateTimeOffset? ExpirationDateTime = null,
    DateTimeOffset? TransactionFromDateTime = null,
    DateTimeOffset? TransactionToDateTime = null)
{
}
