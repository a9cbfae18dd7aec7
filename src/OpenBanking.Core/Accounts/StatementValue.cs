namespace OpenBanking.Core.Accounts;

/// <summary>A non-monetary value of a statement, such as points (OBStatement2 <c>StatementValue[]</c>).</summary>
/// <param name="Value">The value, as text.</param>
/// <param name="Type">A namespaced code such as <c>UK.OBIE.AirMilesPoints</c>.</param>
public sealed record StatementValue(string Value, string Type);
