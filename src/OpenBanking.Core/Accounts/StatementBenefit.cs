namespace OpenBanking.Core.Accounts;

/// <summary>A benefit earned in a statement's period (OBStatement2 <c>StatementBenefit[]</c>).</summary>
/// <param name="Type">A namespaced code such as <c>UK.OBIE.Cashback</c>.</param>
/// <param name="Amount">Its value.</param>
public sealed record StatementBenefit(string Type, ObAmount Amount);
