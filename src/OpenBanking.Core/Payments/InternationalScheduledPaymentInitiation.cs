using OpenBanking.Core.Accounts;

namespace OpenBanking.Core.Payments;

/// <summary>
/// A single international payment on a future date (OBWriteInternationalScheduledConsent5 <c>Data.Initiation</c>), the
/// same object in the consent, the submission (OBWriteInternationalScheduled3) and their answers.
/// </summary>
/// <param name="InstructionIdentification">The TPP's id of the instruction for the bank, 1 to 35 characters.</param>
/// <param name="RequestedExecutionDateTime">When the PSU's account is to be debited; in the future when sent.</param>
/// <param name="CurrencyOfTransfer">The currency the payee receives (ISO 4217).</param>
/// <param name="InstructedAmount">The amount to pay, in its currency.</param>
/// <param name="CreditorAccount">The payee's account; its Name is required.</param>
/// <param name="EndToEndIdentification">The TPP's id that travels with the payment to the payee, 1 to 35 characters.</param>
/// <param name="LocalInstrument">The payment scheme, e.g. <c>UK.OBIE.SWIFT</c> (<see cref="LocalInstruments"/>).</param>
/// <param name="InstructionPriority">Normal or urgent.</param>
/// <param name="Purpose">The ISO 20022 purpose code, 1 to 4 characters.</param>
/// <param name="ExtendedPurpose">The purpose in words, 1 to 140 characters.</param>
/// <param name="ChargeBearer">Who bears the charges.</param>
/// <param name="DestinationCountryCode">The country of the payee's account (ISO 3166-1 alpha-2).</param>
/// <param name="ExchangeRateInformation">The exchange rate the TPP asks for.</param>
/// <param name="DebtorAccount">The PSU's account; when left out the PSU chooses it at the bank.</param>
/// <param name="Creditor">The payee's name and address.</param>
/// <param name="CreditorAgent">The payee's bank.</param>
/// <param name="RemittanceInformation">The reference and text the payee sees.</param>
/// <param name="SupplementaryData">Extra data agreed with the bank, as JSON.</param>
public sealed record InternationalScheduledPaymentInitiation(
    string InstructionIdentification,
    DateTimeOffset RequestedExecutionDateTime,
    string CurrencyOfTransfer,
    PaymentAmount InstructedAmount,
    PaymentAccount CreditorAccount,
    string? EndToEndIdentification = null,
    string? LocalInstrument = null,
    InstructionPriority? InstructionPriority = null,
    string? Purpose = null,
    string? ExtendedPurpose = null,
    ChargeBearer? ChargeBearer = null,
    string? DestinationCountryCode = null,
    ExchangeRateInformation? ExchangeRateInformation = null,
    PaymentAccount? DebtorAccount = null,
    Creditor? Creditor = null,
    FinancialAgent? CreditorAgent = null,
    RemittanceInformation? RemittanceInformation = null,
    RawJson? SupplementaryData = null);
