using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether an amount is a credit or a debit (OBCreditDebitCode).</summary>
[JsonConverter(typeof(CodeConverter<CreditDebitIndicator>))]
public enum CreditDebitIndicator
{
    /// <summary>Money in (or a positive balance).</summary>
    Credit,

    /// <summary>Money out (or a negative balance).</summary>
    Debit,
}
