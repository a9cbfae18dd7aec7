namespace OpenBanking.Core.Accounts;

/// <summary>A date that matters on a statement (OBStatement2 <c>StatementDateTime[]</c>).</summary>
/// <param name="DateTime">The date-time.</param>
/// <param name="Type">A namespaced code such as <c>UK.OBIE.PaymentDue</c>.</param>
public sealed record StatementDateTime(DateTimeOffset DateTime, string Type);
