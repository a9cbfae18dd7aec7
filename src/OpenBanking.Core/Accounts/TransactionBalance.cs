namespace OpenBanking.Core.Accounts;

/// <summary>The account balance after a transaction (OBTransactionCashBalance).</summary>
/// <param name="CreditDebitIndicator">Whether the balance is in credit or debit.</param>
/// <param name="Type">Which balance it is.</param>
/// <param name="Amount">The amount.</param>
public sealed record TransactionBalance(CreditDebitIndicator CreditDebitIndicator, BalanceType Type, ObAmount Amount);
