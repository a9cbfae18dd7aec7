using OpenBanking.Core.Accounts;

namespace OpenBanking.Core.Payments;

/// <summary>
/// An international standing order (OBWriteInternationalStandingOrderConsent6 <c>Data.Initiation</c>), the same object
/// in the consent, the submission (OBWriteInternationalStandingOrder4) and their answers.
/// </summary>
/// <param name="Frequency">Its schedule, in the spec's pattern language (<see cref="StandingOrderFrequency"/>).</param>
/// <param name="FirstPaymentDateTime">When the first payment is made; in the future when sent.</param>
/// <param name="CurrencyOfTransfer">The currency the payee receives (ISO 4217).</param>
/// <param name="InstructedAmount">The amount of each payment, in its currency.</param>
/// <param name="CreditorAccount">The payee's account; its Name is required.</param>
/// <param name="Reference">The reference each payment carries, 1 to 35 characters.</param>
/// <param name="NumberOfPayments">How many payments in all (text on the wire, 1 to 35 characters).</param>
/// <param name="FinalPaymentDateTime">When the final payment is made.</param>
/// <param name="Purpose">The ISO 20022 purpose code, 1 to 4 characters.</param>
/// <param name="ExtendedPurpose">The purpose in words, 1 to 140 characters.</param>
/// <param name="ChargeBearer">Who bears the charges.</param>
/// <param name="DestinationCountryCode">The country of the payee's account (ISO 3166-1 alpha-2).</param>
/// <param name="DebtorAccount">The PSU's account; when left out the PSU chooses it at the bank.</param>
/// <param name="Creditor">The payee's name (at most 350 characters here) and address.</param>
/// <param name="CreditorAgent">The payee's bank.</param>
/// <param name="SupplementaryData">Extra data agreed with the bank, as JSON.</param>
public sealed record InternationalStandingOrderInitiation(
    string Frequency,
    DateTimeOffset FirstPaymentDateTime,
    string CurrencyOfTransfer,
    PaymentAmount InstructedAmount,
    PaymentAccount CreditorAccount,
    string? Reference = null,
    string? NumberOfPayments = null,
    DateTimeOffset? FinalPaymentDateTime = null,
    string? Purpose = null,
    string? ExtendedPurpose = null,
    ChargeBearer? ChargeBearer = null,
    string? DestinationCountryCode = null,
    PaymentAccount? DebtorAccount = null,
    Creditor? Creditor = null,
    FinancialAgent? CreditorAgent = null,
    RawJson? SupplementaryData = null);
