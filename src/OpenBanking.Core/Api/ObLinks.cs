namespace OpenBanking.Core.Api;

/// <summary>Paging links of a Read/Write API response (Links).</summary>
/// <param name="Self">This page.</param>
/// <param name="First">The first page.</param>
/// <param name="Prev">The previous page.</param>
/// <param name="Next">The next page; absent on the last page.</param>
/// <param name="Last">The last page.</param>
public sealed record ObLinks(string Self, string? First = null, string? Prev = null, string? Next = null, string? Last = null);
