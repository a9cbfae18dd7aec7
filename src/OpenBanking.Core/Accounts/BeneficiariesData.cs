using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadBeneficiary5 <c>Data</c>.</summary>
internal sealed record BeneficiariesData(EquatableList<Beneficiary>? Beneficiary = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Beneficiary, "Beneficiary");
}
