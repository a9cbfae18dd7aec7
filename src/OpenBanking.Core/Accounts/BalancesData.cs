namespace OpenBanking.Core.Accounts;

/// <summary>OBReadBalance1 <c>Data</c>.</summary>
internal sealed record BalancesData(IReadOnlyList<Balance> Balance);
