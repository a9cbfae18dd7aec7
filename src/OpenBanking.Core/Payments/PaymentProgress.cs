namespace OpenBanking.Core.Payments;

/// <summary>Where a payment (or scheduled payment, standing order, file payment) stands, whatever its type.</summary>
/// <param name="PaymentId">The bank's id of it.</param>
/// <param name="Status">Its status as the bank wrote it (a <see cref="PaymentStatus"/> or <see cref="InitiationStatus"/> code).</param>
/// <param name="StatusUpdateDateTime">When the status last changed.</param>
/// <param name="IsFinal">
/// True when the status will not change any more: settled, credited, accepted without posting or rejected for a payment;
/// initiation completed, failed or cancelled for a scheduled payment, a standing order or a file.
/// </param>
public sealed record PaymentProgress(string PaymentId, string Status, DateTimeOffset StatusUpdateDateTime, bool IsFinal)
{
    /// <summary>The progress of a payment with a <see cref="PaymentStatus"/>.</summary>
    public static PaymentProgress Of(string paymentId, PaymentStatus status, DateTimeOffset updated) =>
        new(paymentId, status.ToString(), updated, status is not (PaymentStatus.Pending or PaymentStatus.AcceptedSettlementInProcess));

    /// <summary>The progress of an initiation (scheduled payment, standing order, file) with an <see cref="InitiationStatus"/>.</summary>
    public static PaymentProgress Of(string paymentId, InitiationStatus status, DateTimeOffset updated) =>
        new(paymentId, status.ToString(), updated, status != InitiationStatus.InitiationPending);
}
