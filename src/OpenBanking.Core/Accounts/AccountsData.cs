namespace OpenBanking.Core.Accounts;

/// <summary>OBReadAccount6 <c>Data</c>.</summary>
internal sealed record AccountsData(IReadOnlyList<Account>? Account = null);
