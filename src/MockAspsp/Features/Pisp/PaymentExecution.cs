using MockAspsp.Domain;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// One time a payment order moves money: the single execution of an immediate, scheduled or file payment, or one
/// payment of a standing order's schedule.
/// </summary>
/// <param name="Payment">The payment order.</param>
/// <param name="Consent">Its consent.</param>
/// <param name="Number">1 for the first (or only) execution, 2 for a standing order's second payment, and so on.</param>
/// <param name="At">When it falls due (never before the order was submitted).</param>
/// <param name="Amount">What it pays, in the consent's currency.</param>
/// <param name="Debit">What it takes from the debtor account, in the account's currency.</param>
public sealed record PaymentExecution(Payment Payment, PaymentConsent Consent, int Number, DateTimeOffset At, decimal Amount, decimal Debit)
{
    /// <summary>
    /// Its id in payment-details and in the account API: the payment's own id for the first execution, with
    /// <c>-{Number}</c> after it for a standing order's later payments.
    /// </summary>
    public string TransactionId => Number == 1 ? Payment.PaymentId : $"{Payment.PaymentId}-{Number}";
}
