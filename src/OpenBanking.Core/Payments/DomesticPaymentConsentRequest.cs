using System.Text.Json.Serialization;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The request to create a consent for a single immediate domestic payment (OBWriteDomesticConsent4): its <c>Data</c> with the document's <c>Risk</c> as <see cref="Risk"/>. Check it with
/// <see cref="PaymentValidation.Problems(DomesticPaymentConsentRequest, DateTimeOffset)"/>; <see cref="PaymentInitiation"/> does before sending it.
/// </summary>
/// <param name="Initiation">What the PSU is asked to agree to.</param>
/// <param name="ReadRefundAccount">Whether the bank is to give the refund account.</param>
/// <param name="Authorisation">How the PSU's authorisers must approve it.</param>
/// <param name="ScaSupportData">What the TPP tells the bank about strong customer authentication (wire name <c>SCASupportData</c>).</param>
public sealed record DomesticPaymentConsentRequest(
    DomesticPaymentInitiation Initiation,
    ReadRefundAccount? ReadRefundAccount = null,
    PaymentAuthorisation? Authorisation = null,
    [property: JsonPropertyName("SCASupportData")] ScaSupportData? ScaSupportData = null)
{
    /// <summary>The document's <c>Risk</c> (OBRisk1), written beside <c>Data</c>: an empty one unless given.</summary>
    [JsonIgnore]
    public PaymentRisk Risk { get; init; } = PaymentRisk.None;
}
