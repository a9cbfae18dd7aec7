namespace OpenBanking.Core.Payments;

/// <summary>A charge the bank applies to the payment (<c>Data.Charges[]</c>).</summary>
/// <param name="ChargeBearer">Who bears it.</param>
/// <param name="Type">What it is, a namespaced code such as <c>UK.OBIE.CHAPSOut</c>.</param>
/// <param name="Amount">How much.</param>
public sealed record PaymentCharge(ChargeBearer ChargeBearer, string Type, PaymentAmount Amount);
