namespace OpenBanking.Core.Accounts;

/// <summary>The other party's account of a transaction (OBCashAccount6).</summary>
/// <param name="SchemeName">The identification scheme, e.g. <c>UK.OBIE.SortCodeAccountNumber</c>.</param>
/// <param name="Identification">The identifier in that scheme.</param>
/// <param name="Name">The account name.</param>
/// <param name="SecondaryIdentification">A roll number or similar.</param>
public sealed record CashAccount(string? SchemeName = null, string? Identification = null, string? Name = null, string? SecondaryIdentification = null);
