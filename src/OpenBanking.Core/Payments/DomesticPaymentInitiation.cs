using OpenBanking.Core.Accounts;

namespace OpenBanking.Core.Payments;

/// <summary>
/// A single immediate domestic payment as the PSU agrees it (OBWriteDomesticConsent4 <c>Data.Initiation</c>): the same
/// object in the consent, its answer, the submission (OBWriteDomestic2) and the payment. The submission must send the
/// consent's Initiation unchanged.
/// </summary>
/// <param name="InstructionIdentification">The TPP's id of the instruction for the bank, 1 to 35 characters.</param>
/// <param name="EndToEndIdentification">The TPP's id that travels with the payment to the payee, 1 to 35 characters.</param>
/// <param name="InstructedAmount">The amount to pay.</param>
/// <param name="CreditorAccount">The payee's account; its Name is required.</param>
/// <param name="LocalInstrument">The payment scheme, e.g. <c>UK.OBIE.FPS</c> (<see cref="LocalInstruments"/>).</param>
/// <param name="DebtorAccount">The PSU's account; when left out the PSU chooses it at the bank.</param>
/// <param name="CreditorPostalAddress">The payee's address.</param>
/// <param name="RemittanceInformation">The reference and text the payee sees.</param>
/// <param name="SupplementaryData">Extra data agreed with the bank, as JSON.</param>
public sealed record DomesticPaymentInitiation(
    string InstructionIdentification,
    string EndToEndIdentification,
    PaymentAmount InstructedAmount,
    PaymentAccount CreditorAccount,
    string? LocalInstrument = null,
    PaymentAccount? DebtorAccount = null,
    PostalAddress? CreditorPostalAddress = null,
    RemittanceInformation? RemittanceInformation = null,
    RawJson? SupplementaryData = null);
