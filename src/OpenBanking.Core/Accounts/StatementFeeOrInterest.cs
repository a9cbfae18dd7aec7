namespace OpenBanking.Core.Accounts;

/// <summary>A fee or an interest amount of a statement (OBStatement2 <c>StatementFee[]</c> and <c>StatementInterest[]</c>, which share this shape).</summary>
/// <param name="CreditDebitIndicator">Whether it was credited or debited.</param>
/// <param name="Type">A namespaced code such as <c>UK.OBIE.Monthly</c> (a fee) or <c>UK.OBIE.Purchase</c> (interest).</param>
/// <param name="Amount">The amount.</param>
/// <param name="Description">The bank's description.</param>
/// <param name="Rate">The rate applied (a JSON number on the wire).</param>
/// <param name="RateType">A namespaced code such as <c>UK.OBIE.AER</c> or <c>UK.OBIE.FixedRate</c>.</param>
/// <param name="Frequency">A namespaced code such as <c>UK.OBIE.Monthly</c>.</param>
public sealed record StatementFeeOrInterest(
    CreditDebitIndicator CreditDebitIndicator,
    string Type,
    ObAmount Amount,
    string? Description = null,
    decimal? Rate = null,
    string? RateType = null,
    string? Frequency = null);
