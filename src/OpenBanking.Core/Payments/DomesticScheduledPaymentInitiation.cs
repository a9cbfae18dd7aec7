using OpenBanking.Core.Accounts;

namespace OpenBanking.Core.Payments;

/// <summary>
/// A single domestic payment on a future date (OBWriteDomesticScheduledConsent4 <c>Data.Initiation</c>), the same object
/// in the consent, the submission (OBWriteDomesticScheduled2) and their answers.
/// </summary>
/// <param name="InstructionIdentification">The TPP's id of the instruction for the bank, 1 to 35 characters.</param>
/// <param name="RequestedExecutionDateTime">When the PSU's account is to be debited; in the future when sent.</param>
/// <param name="InstructedAmount">The amount to pay.</param>
/// <param name="CreditorAccount">The payee's account; its Name is required.</param>
/// <param name="EndToEndIdentification">The TPP's id that travels with the payment to the payee, 1 to 35 characters.</param>
/// <param name="LocalInstrument">The payment scheme, e.g. <c>UK.OBIE.FPS</c> (<see cref="LocalInstruments"/>).</param>
/// <param name="DebtorAccount">The PSU's account; when left out the PSU chooses it at the bank.</param>
/// <param name="CreditorPostalAddress">The payee's address.</param>
/// <param name="RemittanceInformation">The reference and text the payee sees.</param>
/// <param name="SupplementaryData">Extra data agreed with the bank, as JSON.</param>
public sealed record DomesticScheduledPaymentInitiation(
    string InstructionIdentification,
    DateTimeOffset RequestedExecutionDateTime,
    PaymentAmount InstructedAmount,
    PaymentAccount CreditorAccount,
    string? EndToEndIdentification = null,
    string? LocalInstrument = null,
    PaymentAccount? DebtorAccount = null,
    PostalAddress? CreditorPostalAddress = null,
    RemittanceInformation? RemittanceInformation = null,
    RawJson? SupplementaryData = null);
