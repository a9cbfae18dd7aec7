namespace OpenBanking.Core.Payments;

/// <summary>The status of one transaction a payment made (OBWritePaymentDetailsResponse1 <c>Data.PaymentStatus[]</c>).</summary>
/// <param name="PaymentTransactionId">The bank's id of the transaction, at most 210 characters.</param>
/// <param name="Status">Its status.</param>
/// <param name="StatusUpdateDateTime">When the status last changed.</param>
/// <param name="StatusDetail">The payment scheme's own status.</param>
public sealed record PaymentTransactionStatus(
    string PaymentTransactionId, PaymentTransactionStatusCode Status, DateTimeOffset StatusUpdateDateTime, PaymentStatusDetail? StatusDetail = null);
