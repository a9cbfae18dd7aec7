using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadOffer1 <c>Data</c>.</summary>
internal sealed record OffersData(EquatableList<Offer>? Offer = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Offer, "Offer");
}
