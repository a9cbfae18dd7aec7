namespace OpenBanking.Core.Accounts;

/// <summary>OBReadTransaction6 <c>Data</c>.</summary>
internal sealed record TransactionsData(IReadOnlyList<Transaction>? Transaction = null);
