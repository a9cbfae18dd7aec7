using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The context of a payment (OBRisk1 <c>PaymentContextCode</c>). The last five are deprecated in v3.1.11 but still in the
/// schema's list, so they are read and may be sent.
/// </summary>
[JsonConverter(typeof(CodeConverter<PaymentContextCode>))]
public enum PaymentContextCode
{
    /// <summary>Goods or services paid for before they are delivered.</summary>
    BillingGoodsAndServicesInAdvance,

    /// <summary>Goods or services paid for after they are delivered.</summary>
    BillingGoodsAndServicesInArrears,

    /// <summary>The PISP itself is the payee.</summary>
    PispPayee,

    /// <summary>A merchant-initiated e-commerce payment.</summary>
    EcommerceMerchantInitiatedPayment,

    /// <summary>A payment at a point of sale, face to face.</summary>
    FaceToFacePointOfSale,

    /// <summary>A transfer between the PSU's own accounts.</summary>
    TransferToSelf,

    /// <summary>A transfer to someone else.</summary>
    TransferToThirdParty,

    /// <summary>A bill payment (deprecated).</summary>
    BillPayment,

    /// <summary>Online goods (deprecated).</summary>
    EcommerceGoods,

    /// <summary>Online services (deprecated).</summary>
    EcommerceServices,

    /// <summary>Another context (deprecated).</summary>
    Other,

    /// <summary>A payment between two people (deprecated).</summary>
    PartyToParty,
}
