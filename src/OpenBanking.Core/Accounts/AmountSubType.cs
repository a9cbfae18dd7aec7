using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether a balance amount is in the account's base currency or a local one.</summary>
[JsonConverter(typeof(CodeConverter<AmountSubType>))]
public enum AmountSubType
{
    /// <summary>The account's base currency.</summary>
    BaseCurrency,

    /// <summary>A local currency.</summary>
    LocalCurrency,
}
