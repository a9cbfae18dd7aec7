using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadDirectDebit2 <c>Data</c>.</summary>
internal sealed record DirectDebitsData(EquatableList<DirectDebit>? DirectDebit = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(DirectDebit, "DirectDebit");
}
