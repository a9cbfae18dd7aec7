using System.Text.Json.Serialization;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether an amount is a credit or a debit (OBCreditDebitCode).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CreditDebitIndicator>))]
public enum CreditDebitIndicator
{
    /// <summary>Money in (or a positive balance).</summary>
    Credit,

    /// <summary>Money out (or a negative balance).</summary>
    Debit,
}
