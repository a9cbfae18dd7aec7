namespace OpenBanking.Core.Api;

/// <summary>Metadata of a Read/Write API response (Meta).</summary>
/// <param name="TotalPages">How many pages there are, when the bank says.</param>
/// <param name="FirstAvailableDateTime">The earliest date-time data is available for.</param>
/// <param name="LastAvailableDateTime">The latest date-time data is available for.</param>
public sealed record ObMeta(int? TotalPages = null, DateTimeOffset? FirstAvailableDateTime = null, DateTimeOffset? LastAvailableDateTime = null);
