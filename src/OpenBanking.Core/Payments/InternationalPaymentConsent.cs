using System.Text.Json.Serialization;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// A consent for a single immediate international payment as the bank reports it (OBWriteInternationalConsentResponse6 <c>Data</c> with the document's <c>Risk</c> as <see cref="Risk"/>). Its
/// <see cref="ConsentId"/> is what the PSU authorises; once <see cref="PaymentConsentStatus.Authorised"/>, submit
/// <see cref="InternationalPaymentRequest.For(InternationalPaymentConsent)"/>.
/// </summary>
/// <param name="ConsentId">The consent's id: the request object's <c>openbanking_intent_id</c>, 1 to 128 characters.</param>
/// <param name="Status">Its status.</param>
/// <param name="CreationDateTime">When it was created.</param>
/// <param name="StatusUpdateDateTime">When its status last changed.</param>
/// <param name="Initiation">What the PSU is asked to agree to, as the TPP sent it.</param>
/// <param name="ReadRefundAccount">Whether the bank is to give the refund account.</param>
/// <param name="CutOffDateTime">The bank's cut-off: the payment must be submitted before it.</param>
/// <param name="ExpectedExecutionDateTime">When the bank expects to execute the payment.</param>
/// <param name="ExpectedSettlementDateTime">When the bank expects the payment to settle.</param>
/// <param name="Charges">The charges the bank will apply.</param>
/// <param name="ExchangeRateInformation">The exchange rate the bank will apply.</param>
/// <param name="Authorisation">How the PSU's authorisers must approve it.</param>
/// <param name="ScaSupportData">What the TPP told the bank about strong customer authentication (wire name <c>SCASupportData</c>).</param>
/// <param name="Debtor">The account the PSU chose at the bank, when the bank tells.</param>
public sealed record InternationalPaymentConsent(
    string ConsentId,
    PaymentConsentStatus Status,
    DateTimeOffset CreationDateTime,
    DateTimeOffset StatusUpdateDateTime,
    InternationalPaymentInitiation Initiation,
    ReadRefundAccount? ReadRefundAccount = null,
    DateTimeOffset? CutOffDateTime = null,
    DateTimeOffset? ExpectedExecutionDateTime = null,
    DateTimeOffset? ExpectedSettlementDateTime = null,
    EquatableList<PaymentCharge>? Charges = null,
    ExchangeRateQuote? ExchangeRateInformation = null,
    PaymentAuthorisation? Authorisation = null,
    [property: JsonPropertyName("SCASupportData")] ScaSupportData? ScaSupportData = null,
    PaymentDebtor? Debtor = null) : IConsent, IJsonOnDeserialized
{
    /// <summary>The document's <c>Risk</c> (OBRisk1), written beside <c>Data</c>: an empty one unless given.</summary>
    [JsonIgnore]
    public PaymentRisk Risk { get; init; } = PaymentRisk.None;

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(Charges, "Charges");
}
