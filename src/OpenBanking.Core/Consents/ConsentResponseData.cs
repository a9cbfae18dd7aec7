using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Consents;

/// <summary>The wire shape of OBReadConsentResponse1 <c>Data</c> (and of the v2.0 account request).</summary>
internal sealed record ConsentResponseData(
    ConsentStatus Status,
    DateTimeOffset CreationDateTime,
    EquatableList<string> Permissions,
    string? ConsentId = null,
    string? AccountRequestId = null,
    DateTimeOffset? StatusUpdateDateTime = null,
    DateTimeOffset? ExpirationDateTime = null,
    DateTimeOffset? TransactionFromDateTime = null,
    DateTimeOffset? TransactionToDateTime = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Permissions, "Permissions");
}
