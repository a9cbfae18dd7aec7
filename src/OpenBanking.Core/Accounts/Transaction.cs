using System.Text.Json.Serialization;
using System.Text.Json;

using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>A transaction (OBTransaction6). Detail permission adds the counterparty and free-text fields.</summary>
/// <param name="AccountId">The account it belongs to.</param>
/// <param name="CreditDebitIndicator">Money in or out.</param>
/// <param name="Status">Booked, Pending or Rejected.</param>
/// <param name="BookingDateTime">When it was booked.</param>
/// <param name="Amount">The amount, in the account's currency.</param>
/// <param name="TransactionId">The bank's id for it.</param>
/// <param name="TransactionReference">The reference.</param>
/// <param name="StatementReference">The statements it appears on.</param>
/// <param name="TransactionMutability">Whether it may still change.</param>
/// <param name="ValueDateTime">Its value date-time.</param>
/// <param name="TransactionInformation">Free text describing it (Detail).</param>
/// <param name="AddressLine">The address of the merchant or counterparty.</param>
/// <param name="ChargeAmount">Charges applied to it.</param>
/// <param name="CurrencyExchange">Currency exchange details.</param>
/// <param name="BankTransactionCode">The ISO 20022 code.</param>
/// <param name="ProprietaryBankTransactionCode">The bank's own code.</param>
/// <param name="Balance">The balance after it.</param>
/// <param name="MerchantDetails">The merchant.</param>
/// <param name="CreditorAgent">The creditor's bank (Detail).</param>
/// <param name="CreditorAccount">The creditor's account (Detail).</param>
/// <param name="DebtorAgent">The debtor's bank (Detail).</param>
/// <param name="DebtorAccount">The debtor's account (Detail).</param>
/// <param name="CardInstrument">The card used.</param>
/// <param name="SupplementaryData">The bank's extra data, as it sent it.</param>
public sealed record Transaction(
    string AccountId,
    CreditDebitIndicator CreditDebitIndicator,
    EntryStatus Status,
    DateTimeOffset BookingDateTime,
    ObAmount Amount,
    string? TransactionId = null,
    string? TransactionReference = null,
    EquatableList<string>? StatementReference = null,
    TransactionMutability? TransactionMutability = null,
    DateTimeOffset? ValueDateTime = null,
    string? TransactionInformation = null,
    string? AddressLine = null,
    ObAmount? ChargeAmount = null,
    CurrencyExchange? CurrencyExchange = null,
    BankTransactionCode? BankTransactionCode = null,
    ProprietaryBankTransactionCode? ProprietaryBankTransactionCode = null,
    TransactionBalance? Balance = null,
    MerchantDetails? MerchantDetails = null,
    FinancialAgent? CreditorAgent = null,
    CashAccount? CreditorAccount = null,
    FinancialAgent? DebtorAgent = null,
    CashAccount? DebtorAccount = null,
    CardInstrument? CardInstrument = null,
    RawJson? SupplementaryData = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(StatementReference, "StatementReference");

    /// <summary>The signed amount: negative for a debit.</summary>
    public decimal SignedAmount => CreditDebitIndicator == CreditDebitIndicator.Debit ? -Amount.Amount : Amount.Amount;
}
