namespace MockAspsp.Domain;

/// <summary>A charge the bank applies to a payment order (the Charges of a consent or payment response).</summary>
/// <param name="ChargeBearer">BorneByCreditor, BorneByDebtor, FollowingServiceLevel or Shared.</param>
/// <param name="Type">The charge type, e.g. <c>UK.OBIE.CHAPSOut</c>.</param>
/// <param name="Amount">How much.</param>
/// <param name="Currency">In which currency.</param>
public sealed record PaymentCharge(string ChargeBearer, string Type, decimal Amount, string Currency);
