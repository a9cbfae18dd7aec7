using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBanking.Core.Accounts;

/// <summary>
/// The product an account is (OBReadProduct2 <c>Data.Product[]</c>). The identifying members are typed; the product
/// data models (<c>PCA</c>, <c>BCA</c>, <c>OtherProductType</c>: fees, rates, tier bands, eligibility, hundreds of
/// members deep) are kept as the JSON the bank sent, for the caller to read or to bind to its own types: most TPPs
/// read one or two of their members, and a fixed model here would be a large surface read by few.
/// </summary>
/// <param name="AccountId">The account it is the product of.</param>
/// <param name="ProductType">Personal or business current account, commercial credit card, SME loan or other.</param>
/// <param name="ProductName">The name customers know it by.</param>
/// <param name="ProductId">The bank's id for it.</param>
/// <param name="SecondaryProductId">Another id for it, e.g. the one in the bank's Open Data.</param>
/// <param name="MarketingStateId">The id of its marketing state in the bank's Open Data.</param>
/// <param name="OtherProductType">The OtherProductType data model, as sent.</param>
/// <param name="Bca">The business current account data model (wire name <c>BCA</c>), as sent.</param>
/// <param name="Pca">The personal current account data model (wire name <c>PCA</c>), as sent.</param>
public sealed record Product(
    string AccountId,
    ProductType ProductType,
    string? ProductName = null,
    string? ProductId = null,
    string? SecondaryProductId = null,
    string? MarketingStateId = null,
    RawJson? OtherProductType = null,
    [property: JsonPropertyName("BCA")] RawJson? Bca = null,
    [property: JsonPropertyName("PCA")] RawJson? Pca = null);
