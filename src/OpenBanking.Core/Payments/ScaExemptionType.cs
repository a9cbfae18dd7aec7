using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>The exemption from strong customer authentication the TPP asks for (OBSCASupportData1 <c>RequestedSCAExemptionType</c>).</summary>
[JsonConverter(typeof(CodeConverter<ScaExemptionType>))]
public enum ScaExemptionType
{
    /// <summary>A bill payment.</summary>
    BillPayment,

    /// <summary>Contactless travel.</summary>
    ContactlessTravel,

    /// <summary>Online purchase of goods.</summary>
    EcommerceGoods,

    /// <summary>Online purchase of services.</summary>
    EcommerceServices,

    /// <summary>A payment at a kiosk.</summary>
    Kiosk,

    /// <summary>A parking payment.</summary>
    Parking,

    /// <summary>A payment between two people.</summary>
    PartyToParty,
}
