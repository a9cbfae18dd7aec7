using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether an account is personal or business (OBExternalAccountType1Code).</summary>
[JsonConverter(typeof(CodeConverter<AccountType>))]
public enum AccountType
{
#pragma warning disable CS1591 // the spec's code names
    Business,
    Personal,
#pragma warning restore CS1591
}
