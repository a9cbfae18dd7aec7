namespace OpenBanking.Core.Payments;

/// <summary>What the payee sees with the payment (<c>Initiation.RemittanceInformation</c>).</summary>
/// <param name="Unstructured">Free text, at most 140 characters.</param>
/// <param name="Reference">The reference, at most 35 characters (the payment scheme may allow fewer: 18 for Faster Payments).</param>
public sealed record RemittanceInformation(string? Unstructured = null, string? Reference = null);
