namespace OpenBanking.Core.Accounts;

/// <summary>A payment scheduled on an account (OBScheduledPayment3). ReadScheduledPaymentsDetail adds the creditor's account.</summary>
/// <param name="AccountId">The account it will be paid from.</param>
/// <param name="ScheduledPaymentDateTime">When it is scheduled.</param>
/// <param name="ScheduledType">Whether that date is when it arrives or when it is executed.</param>
/// <param name="InstructedAmount">The amount.</param>
/// <param name="ScheduledPaymentId">The bank's id for it.</param>
/// <param name="Reference">The reference the payment carries to the creditor.</param>
/// <param name="DebtorReference">The reference the debtor sees.</param>
/// <param name="CreditorAgent">The payee's bank.</param>
/// <param name="CreditorAccount">The payee's account (Detail).</param>
public sealed record ScheduledPayment(
    string AccountId,
    DateTimeOffset ScheduledPaymentDateTime,
    ScheduleType ScheduledType,
    ObAmount InstructedAmount,
    string? ScheduledPaymentId = null,
    string? Reference = null,
    string? DebtorReference = null,
    FinancialInstitutionId? CreditorAgent = null,
    AccountIdentification? CreditorAccount = null);
