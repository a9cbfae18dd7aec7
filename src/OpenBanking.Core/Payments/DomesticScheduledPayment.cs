using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>A single domestic payment on a future date as the bank reports it (OBWriteDomesticScheduledResponse5 <c>Data</c>).</summary>
/// <param name="DomesticScheduledPaymentId">The bank's id of it, 1 to 40 characters.</param>
/// <param name="ConsentId">The consent it was made under.</param>
/// <param name="CreationDateTime">When it was created.</param>
/// <param name="Status">Its status.</param>
/// <param name="StatusUpdateDateTime">When its status last changed.</param>
/// <param name="Initiation">What the PSU agreed to.</param>
/// <param name="ExpectedExecutionDateTime">When the bank expects to execute it.</param>
/// <param name="ExpectedSettlementDateTime">When the bank expects it to settle.</param>
/// <param name="Refund">Where to refund it, when the consent asked.</param>
/// <param name="Charges">The charges the bank applies.</param>
/// <param name="MultiAuthorisation">Where the authorisations of the PSU's authorisers stand.</param>
/// <param name="Debtor">The account debited, when the bank tells.</param>
public sealed record DomesticScheduledPayment(
    string DomesticScheduledPaymentId,
    string ConsentId,
    DateTimeOffset CreationDateTime,
    InitiationStatus Status,
    DateTimeOffset StatusUpdateDateTime,
    DomesticScheduledPaymentInitiation Initiation,
    DateTimeOffset? ExpectedExecutionDateTime = null,
    DateTimeOffset? ExpectedSettlementDateTime = null,
    PaymentRefund? Refund = null,
    EquatableList<PaymentCharge>? Charges = null,
    MultiAuthorisation? MultiAuthorisation = null,
    PaymentDebtor? Debtor = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(Charges, "Charges");
}
