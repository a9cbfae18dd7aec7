namespace OpenBanking.Core.Accounts;

/// <summary>The other party's bank in a transaction (OBBranchAndFinancialInstitutionIdentification6).</summary>
/// <param name="SchemeName">The identification scheme, e.g. <c>UK.OBIE.BICFI</c>.</param>
/// <param name="Identification">The identifier in that scheme.</param>
/// <param name="Name">The institution's name.</param>
/// <param name="PostalAddress">Its address.</param>
public sealed record FinancialAgent(string? SchemeName = null, string? Identification = null, string? Name = null, PostalAddress? PostalAddress = null);
