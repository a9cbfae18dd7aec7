using System.Text.Json.Serialization;

namespace OpenBanking.Core.Payments;

/// <summary>
/// What the TPP tells the bank about the payment's risk (OBRisk1, the document's <c>Risk</c>). Every member is optional:
/// <see cref="None"/>, an empty object, is a valid Risk. The submission must send the consent's Risk unchanged.
/// </summary>
/// <param name="PaymentContextCode">The context of the payment.</param>
/// <param name="MerchantCategoryCode">The merchant's ISO 18245 category code, 3 or 4 characters.</param>
/// <param name="MerchantCustomerIdentification">The PSU's id at the merchant, at most 70 characters.</param>
/// <param name="ContractPresentIndicator">Whether there is a contract between the PSU and the payee (wire name <c>ContractPresentInidicator</c>, the spec's spelling).</param>
/// <param name="BeneficiaryPrepopulatedIndicator">Whether the TPP filled in the payee's details.</param>
/// <param name="PaymentPurposeCode">The ISO 20022 purpose code, 3 or 4 characters.</param>
/// <param name="BeneficiaryAccountType">The kind of account the payee holds.</param>
/// <param name="DeliveryAddress">Where goods are delivered.</param>
public sealed record PaymentRisk(
    PaymentContextCode? PaymentContextCode = null,
    string? MerchantCategoryCode = null,
    string? MerchantCustomerIdentification = null,
    [property: JsonPropertyName("ContractPresentInidicator")] bool? ContractPresentIndicator = null,
    bool? BeneficiaryPrepopulatedIndicator = null,
    string? PaymentPurposeCode = null,
    BeneficiaryAccountType? BeneficiaryAccountType = null,
    DeliveryAddress? DeliveryAddress = null)
{
    /// <summary>An empty Risk (<c>{}</c>).</summary>
    public static PaymentRisk None { get; } = new();
}
