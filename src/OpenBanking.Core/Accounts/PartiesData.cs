using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadParty3 <c>Data</c>.</summary>
internal sealed record PartiesData(EquatableList<Party>? Party = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Party, "Party");
}
