using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The kind of account (OBExternalAccountSubType1Code).</summary>
[JsonConverter(typeof(CodeConverter<AccountSubType>))]
public enum AccountSubType
{
#pragma warning disable CS1591 // the spec's code names
    ChargeCard,
    CreditCard,
    CurrentAccount,
    EMoney,
    Loan,
    Mortgage,
    PrePaidCard,
    Savings,
    Wallet,
#pragma warning restore CS1591
}
