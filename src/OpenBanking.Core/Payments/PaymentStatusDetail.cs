namespace OpenBanking.Core.Payments;

/// <summary>The payment scheme's own status of a payment transaction (OBWritePaymentDetailsResponse1 <c>StatusDetail</c>).</summary>
/// <param name="Status">The scheme's status, at most 128 characters.</param>
/// <param name="LocalInstrument">The scheme, e.g. <c>UK.OBIE.FPS</c>.</param>
/// <param name="StatusReason">Why it has that status.</param>
/// <param name="StatusReasonDescription">The reason in words, at most 256 characters.</param>
public sealed record PaymentStatusDetail(
    string Status, string? LocalInstrument = null, PaymentStatusReason? StatusReason = null, string? StatusReasonDescription = null);
