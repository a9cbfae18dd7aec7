using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadStatement2 <c>Data</c>.</summary>
internal sealed record StatementsData(EquatableList<Statement>? Statement = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Statement, "Statement");
}
