namespace OpenBanking.Core.Accounts;

/// <summary>One identification of an account (OBAccount6 <c>Account[]</c>): sort code and number, IBAN, PAN, ...</summary>
/// <param name="SchemeName">The scheme, e.g. <c>UK.OBIE.SortCodeAccountNumber</c>, <c>UK.OBIE.IBAN</c>.</param>
/// <param name="Identification">The identifier in that scheme.</param>
/// <param name="Name">The account name as the bank holds it.</param>
/// <param name="SecondaryIdentification">A roll number or similar.</param>
public sealed record AccountIdentification(string SchemeName, string Identification, string? Name = null, string? SecondaryIdentification = null);
