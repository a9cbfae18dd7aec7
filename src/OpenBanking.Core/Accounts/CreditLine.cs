namespace OpenBanking.Core.Accounts;

/// <summary>A credit line of a balance.</summary>
/// <param name="Included">Whether the credit line is included in the balance.</param>
/// <param name="Type">Its type.</param>
/// <param name="Amount">Its amount.</param>
public sealed record CreditLine(bool Included, CreditLineType? Type = null, ObAmount? Amount = null);
