using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The status of one transaction of a payment as the payment scheme reports it (OBWritePaymentDetailsResponse1
/// <c>Data.PaymentStatus[].Status</c>; ISO 20022 ExternalPaymentTransactionStatus1Code names).
/// </summary>
[JsonConverter(typeof(CodeConverter<PaymentTransactionStatusCode>))]
public enum PaymentTransactionStatusCode
{
#pragma warning disable CS1591 // the ISO 20022 status names say what they are
    Accepted,
    AcceptedCancellationRequest,
    AcceptedCreditSettlementCompleted,
    AcceptedCustomerProfile,
    AcceptedFundsChecked,
    AcceptedSettlementCompleted,
    AcceptedSettlementInProcess,
    AcceptedTechnicalValidation,
    AcceptedWithChange,
    AcceptedWithoutPosting,
    Cancelled,
    NoCancellationProcess,
    PartiallyAcceptedCancellationRequest,
    PartiallyAcceptedTechnicalCorrect,
    PaymentCancelled,
    Pending,
    PendingCancellationRequest,
    Received,
    Rejected,
    RejectedCancellationRequest,
#pragma warning restore CS1591
}
