using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadTransaction6 <c>Data</c>.</summary>
internal sealed record TransactionsData(EquatableList<Transaction>? Transaction = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Transaction, "Transaction");
}
