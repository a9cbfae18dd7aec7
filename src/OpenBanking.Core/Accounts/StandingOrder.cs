using System.Text.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>A standing order on an account (OBStandingOrder6). ReadStandingOrdersDetail adds the creditor's account.</summary>
/// <param name="AccountId">The account it is paid from.</param>
/// <param name="Frequency">
/// Its schedule, in the spec's pattern language: <c>EvryDay</c>, <c>EvryWorkgDay</c>, <c>IntrvlWkDay:01:03</c>,
/// <c>IntrvlMnthDay:01:-01</c>, <c>QtrDay:ENGLISH</c>, <c>NotKnown</c>, ...
/// </param>
/// <param name="StandingOrderId">The bank's id for it.</param>
/// <param name="Reference">The reference each payment carries.</param>
/// <param name="FirstPaymentDateTime">When the first payment is (was) made.</param>
/// <param name="NextPaymentDateTime">When the next payment will be made.</param>
/// <param name="LastPaymentDateTime">When the most recent payment was made.</param>
/// <param name="FinalPaymentDateTime">When the final payment will be made.</param>
/// <param name="NumberOfPayments">How many payments the schedule makes in all (text in the spec).</param>
/// <param name="StandingOrderStatusCode">Active or inactive.</param>
/// <param name="FirstPaymentAmount">The first payment's amount.</param>
/// <param name="NextPaymentAmount">The next payment's amount.</param>
/// <param name="LastPaymentAmount">The most recent payment's amount.</param>
/// <param name="FinalPaymentAmount">The final payment's amount.</param>
/// <param name="CreditorAgent">The payee's bank.</param>
/// <param name="CreditorAccount">The payee's account (Detail).</param>
/// <param name="SupplementaryData">The bank's extra data, as it sent it.</param>
public sealed record StandingOrder(
    string AccountId,
    string Frequency,
    string? StandingOrderId = null,
    string? Reference = null,
    DateTimeOffset? FirstPaymentDateTime = null,
    DateTimeOffset? NextPaymentDateTime = null,
    DateTimeOffset? LastPaymentDateTime = null,
    DateTimeOffset? FinalPaymentDateTime = null,
    string? NumberOfPayments = null,
    StandingOrderStatus? StandingOrderStatusCode = null,
    ObAmount? FirstPaymentAmount = null,
    ObAmount? NextPaymentAmount = null,
    ObAmount? LastPaymentAmount = null,
    ObAmount? FinalPaymentAmount = null,
    FinancialInstitutionId? CreditorAgent = null,
    AccountIdentification? CreditorAccount = null,
    RawJson? SupplementaryData = null);
