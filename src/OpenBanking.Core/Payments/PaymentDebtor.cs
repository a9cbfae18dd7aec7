namespace OpenBanking.Core.Payments;

/// <summary>
/// The account the bank debits, as the bank reports it in a consent or payment (OBCashAccountDebtor4, <c>Data.Debtor</c>):
/// given when the PSU chose it at the bank and the consent asked for the refund account. Every member is optional in the spec.
/// </summary>
/// <param name="SchemeName">The identification scheme, e.g. <c>UK.OBIE.SortCodeAccountNumber</c>.</param>
/// <param name="Identification">The identifier in that scheme.</param>
/// <param name="Name">The account holder's name.</param>
/// <param name="SecondaryIdentification">A roll number or similar.</param>
public sealed record PaymentDebtor(string? SchemeName = null, string? Identification = null, string? Name = null, string? SecondaryIdentification = null);
