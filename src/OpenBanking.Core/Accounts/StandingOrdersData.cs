using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadStandingOrder6 <c>Data</c>.</summary>
internal sealed record StandingOrdersData(EquatableList<StandingOrder>? StandingOrder = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(StandingOrder, "StandingOrder");
}
