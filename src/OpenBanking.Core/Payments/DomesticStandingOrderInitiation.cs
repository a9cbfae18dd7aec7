namespace OpenBanking.Core.Payments;

/// <summary>
/// A domestic standing order (OBWriteDomesticStandingOrderConsent5 <c>Data.Initiation</c>), the same object in the
/// consent, the submission (OBWriteDomesticStandingOrder3) and their answers.
/// </summary>
/// <param name="Frequency">Its schedule, in the spec's pattern language (<see cref="StandingOrderFrequency"/>).</param>
/// <param name="FirstPaymentDateTime">When the first payment is made; in the future when sent.</param>
/// <param name="FirstPaymentAmount">The first payment's amount.</param>
/// <param name="CreditorAccount">The payee's account; its Name is required.</param>
/// <param name="Reference">The reference each payment carries, 1 to 35 characters.</param>
/// <param name="NumberOfPayments">How many payments in all, the first included (text on the wire, 1 to 35 characters).</param>
/// <param name="RecurringPaymentDateTime">When the first recurring payment is made, when not at the frequency after the first payment.</param>
/// <param name="FinalPaymentDateTime">When the final payment is made.</param>
/// <param name="RecurringPaymentAmount">The amount of each recurring payment.</param>
/// <param name="FinalPaymentAmount">The final payment's amount.</param>
/// <param name="DebtorAccount">The PSU's account; when left out the PSU chooses it at the bank.</param>
/// <param name="SupplementaryData">Extra data agreed with the bank, as JSON.</param>
public sealed record DomesticStandingOrderInitiation(
    string Frequency,
    DateTimeOffset FirstPaymentDateTime,
    PaymentAmount FirstPaymentAmount,
    PaymentAccount CreditorAccount,
    string? Reference = null,
    string? NumberOfPayments = null,
    DateTimeOffset? RecurringPaymentDateTime = null,
    DateTimeOffset? FinalPaymentDateTime = null,
    PaymentAmount? RecurringPaymentAmount = null,
    PaymentAmount? FinalPaymentAmount = null,
    PaymentAccount? DebtorAccount = null,
    RawJson? SupplementaryData = null);
