using OpenBanking.Core.Accounts;

namespace OpenBanking.Core.Payments;

/// <summary>
/// Where to refund the payment, when the consent asked for it (<c>Data.Refund</c>): the account, and for an international
/// payment the account holder and their bank.
/// </summary>
/// <param name="Account">The account to refund to.</param>
/// <param name="Creditor">Its holder (international payments).</param>
/// <param name="Agent">Its bank (international payments).</param>
public sealed record PaymentRefund(PaymentAccount Account, Creditor? Creditor = null, FinancialAgent? Agent = null);
