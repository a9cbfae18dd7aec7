using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadBalance1 <c>Data</c>.</summary>
internal sealed record BalancesData(EquatableList<Balance> Balance) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Balance, "Balance");
}
