using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>Who bears the charges of a payment (OBChargeBearerType1Code).</summary>
[JsonConverter(typeof(CodeConverter<ChargeBearer>))]
public enum ChargeBearer
{
    /// <summary>The payee.</summary>
    BorneByCreditor,

    /// <summary>The payer.</summary>
    BorneByDebtor,

    /// <summary>As the service level agreed says.</summary>
    FollowingServiceLevel,

    /// <summary>Each party pays its own bank's charges.</summary>
    Shared,
}
