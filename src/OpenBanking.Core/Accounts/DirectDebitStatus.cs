using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether a direct debit mandate is active (OBExternalDirectDebitStatus1Code).</summary>
[JsonConverter(typeof(CodeConverter<DirectDebitStatus>))]
public enum DirectDebitStatus
{
#pragma warning disable CS1591 // the spec's code names
    Active,
    Inactive,
#pragma warning restore CS1591
}
