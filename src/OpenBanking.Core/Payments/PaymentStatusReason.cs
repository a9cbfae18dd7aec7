using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>Why a payment transaction has its status (OBWritePaymentDetailsResponse1 <c>StatusDetail.StatusReason</c>).</summary>
[JsonConverter(typeof(CodeConverter<PaymentStatusReason>))]
public enum PaymentStatusReason
{
    /// <summary>It was cancelled.</summary>
    Cancelled,

    /// <summary>Settlement is pending and failing.</summary>
    PendingFailingSettlement,

    /// <summary>Settlement is pending.</summary>
    PendingSettlement,

    /// <summary>A reason of the bank's own, in <c>StatusReasonDescription</c>.</summary>
    Proprietary,

    /// <summary>A rejection reason of the bank's own, in <c>StatusReasonDescription</c>.</summary>
    ProprietaryRejection,

    /// <summary>It is suspended.</summary>
    Suspended,

    /// <summary>It could not be matched.</summary>
    Unmatched,
}
