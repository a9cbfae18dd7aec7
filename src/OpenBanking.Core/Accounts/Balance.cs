using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>A balance of an account (OBReadBalance1 <c>Data.Balance[]</c>).</summary>
/// <param name="AccountId">The account it belongs to.</param>
/// <param name="CreditDebitIndicator">Whether the balance is in credit or debit.</param>
/// <param name="Type">Which balance it is (InterimAvailable, ClosingBooked, ...).</param>
/// <param name="DateTime">The date-time of the balance.</param>
/// <param name="Amount">The amount.</param>
/// <param name="CreditLine">Credit lines, if any.</param>
/// <param name="LocalAmount">The amount in a local currency, if any.</param>
public sealed record Balance(
    string AccountId,
    CreditDebitIndicator CreditDebitIndicator,
    BalanceType Type,
    DateTimeOffset DateTime,
    ObAmount Amount,
    EquatableList<CreditLine>? CreditLine = null,
    ObAmount? LocalAmount = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(CreditLine, "CreditLine");

    /// <summary>The signed amount: negative for a debit balance.</summary>
    public decimal SignedAmount => CreditDebitIndicator == CreditDebitIndicator.Debit ? -Amount.Amount : Amount.Amount;
}
