using System.Text.Json.Serialization;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The request to create a consent for a file of payments (OBWriteFileConsent3): its <c>Data</c>. Check it with
/// <see cref="PaymentValidation.Problems(FilePaymentConsentRequest, DateTimeOffset)"/>; <see cref="PaymentInitiation"/> does before sending it.
/// </summary>
/// <param name="Initiation">What the PSU is asked to agree to.</param>
/// <param name="Authorisation">How the PSU's authorisers must approve it.</param>
/// <param name="ScaSupportData">What the TPP tells the bank about strong customer authentication (wire name <c>SCASupportData</c>).</param>
public sealed record FilePaymentConsentRequest(
    FilePaymentInitiation Initiation,
    PaymentAuthorisation? Authorisation = null,
    [property: JsonPropertyName("SCASupportData")] ScaSupportData? ScaSupportData = null);
