namespace OpenBanking.Core.Accounts;

/// <summary>The institution that services an account (OBBranchAndFinancialInstitutionIdentification5).</summary>
/// <param name="SchemeName">The scheme, e.g. <c>UK.OBIE.BICFI</c>.</param>
/// <param name="Identification">The identifier in that scheme.</param>
public sealed record FinancialInstitutionId(string SchemeName, string Identification);
