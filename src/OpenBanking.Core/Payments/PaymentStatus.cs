using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>The status of a single immediate payment, domestic or international (<c>Data.Status</c> of OBWriteDomesticResponse5 and OBWriteInternationalResponse5).</summary>
[JsonConverter(typeof(CodeConverter<PaymentStatus>))]
public enum PaymentStatus
{
    /// <summary>The payee's account has been credited.</summary>
    AcceptedCreditSettlementCompleted,

    /// <summary>The debtor's account has been debited.</summary>
    AcceptedSettlementCompleted,

    /// <summary>Every check passed; the payment is being settled.</summary>
    AcceptedSettlementInProcess,

    /// <summary>Accepted for execution, but the payee's account will not be credited by this bank.</summary>
    AcceptedWithoutPosting,

    /// <summary>Received; checks are still to be done.</summary>
    Pending,

    /// <summary>Refused: the payment will not be made.</summary>
    Rejected,
}
