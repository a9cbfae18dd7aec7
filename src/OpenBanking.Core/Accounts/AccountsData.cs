using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadAccount6 <c>Data</c>.</summary>
internal sealed record AccountsData(EquatableList<Account>? Account = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Account, "Account");
}
