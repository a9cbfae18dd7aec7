namespace OpenBanking.Core.Consents;

/// <summary>What to ask the PSU for (OBReadConsent1 <c>Data</c>).</summary>
/// <param name="Permissions">Permission codes (<see cref="Protocol.ObPermission"/>).</param>
/// <param name="ExpirationDateTime">When the consent ends; null for no end date.</param>
/// <param name="TransactionFromDateTime">The earliest booking date-time of transactions the TPP may read.</param>
/// <param name="TransactionToDateTime">The latest booking date-time of transactions the TPP may read.</param>
public sealed record AccountAccessConsentRequest(
    IReadOnlyList<string> Permissions,
    DateTimeOffset? ExpirationDateTime = null,
    DateTimeOffset? TransactionFromDateTime = null,
    DateTimeOffset? TransactionToDateTime = null)
{
    /// <inheritdoc />
    public bool Equals(AccountAccessConsentRequest? other) =>
        other is not null && Permissions.SequenceEqual(other.Permissions) && ExpirationDateTime == other.ExpirationDateTime
        && TransactionFromDateTime == other.TransactionFromDateTime && TransactionToDateTime == other.TransactionToDateTime;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Permissions.Count, ExpirationDateTime);
}
