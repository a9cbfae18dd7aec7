namespace MockAspsp.Domain;

/// <summary>
/// A submitted payment order. Its status is not stored: it follows from <see cref="CreationDateTime"/>, the terms of
/// its consent, <see cref="FundsAvailable"/> and the bank's clock (<see cref="Features.Pisp.Settlement"/>).
/// </summary>
/// <param name="PaymentId">Its id (DomesticPaymentId, InternationalStandingOrderId, FilePaymentId, ...).</param>
/// <param name="Kind">Which kind of payment order it is.</param>
/// <param name="ConsentId">The consent it was submitted with.</param>
/// <param name="ClientId">The TPP that submitted it.</param>
/// <param name="Customer">The PSU who pays.</param>
/// <param name="DebtorAccountId">The account it is paid from.</param>
/// <param name="CreationDateTime">When it was submitted.</param>
/// <param name="DebitAmount">What leaves the debtor account, in the account's currency.</param>
/// <param name="DebitCurrency">The debtor account's currency.</param>
/// <param name="FundsAvailable">
/// For a payment whose funds are judged at submission (immediate and file payments): whether the account's available
/// balance covered it then — when not, it is rejected. Scheduled payments and standing orders are judged at each
/// execution instead (<see cref="Features.Pisp.Ledger"/>), and for them it is true.
/// </param>
public sealed record Payment(
    string PaymentId,
    PaymentKind Kind,
    string ConsentId,
    string ClientId,
    string Customer,
    string DebtorAccountId,
    DateTimeOffset CreationDateTime,
    decimal DebitAmount,
    string DebitCurrency,
    bool FundsAvailable);
