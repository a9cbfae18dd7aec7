using OpenBanking.Core.Accounts;

namespace OpenBanking.Cli.Support;

/// <summary>The debtor account after a payment, read through the Account and Transaction API.</summary>
/// <param name="AccountId">The account paid from.</param>
/// <param name="Debit">The payment's transaction on it, when listed.</param>
/// <param name="AvailableBefore">Its InterimAvailable balance before the payment.</param>
/// <param name="AvailableAfter">Its InterimAvailable balance after it.</param>
public sealed record PaymentReadBack(string AccountId, Transaction? Debit, Balance? AvailableBefore, Balance? AvailableAfter);
