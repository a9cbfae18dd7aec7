using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>A domestic standing order as the bank reports it (OBWriteDomesticStandingOrderResponse6 <c>Data</c>).</summary>
/// <param name="DomesticStandingOrderId">The bank's id of it, 1 to 40 characters.</param>
/// <param name="ConsentId">The consent it was made under.</param>
/// <param name="CreationDateTime">When it was created.</param>
/// <param name="Status">Its status.</param>
/// <param name="StatusUpdateDateTime">When its status last changed.</param>
/// <param name="Initiation">What the PSU agreed to.</param>
/// <param name="Refund">Where to refund it, when the consent asked.</param>
/// <param name="Charges">The charges the bank applies.</param>
/// <param name="MultiAuthorisation">Where the authorisations of the PSU's authorisers stand.</param>
/// <param name="Debtor">The account debited, when the bank tells.</param>
public sealed record DomesticStandingOrder(
    string DomesticStandingOrderId,
    string ConsentId,
    DateTimeOffset CreationDateTime,
    InitiationStatus Status,
    DateTimeOffset StatusUpdateDateTime,
    DomesticStandingOrderInitiation Initiation,
    PaymentRefund? Refund = null,
    EquatableList<PaymentCharge>? Charges = null,
    MultiAuthorisation? MultiAuthorisation = null,
    PaymentDebtor? Debtor = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(Charges, "Charges");
}
