namespace OpenBanking.Core.Accounts;

/// <summary>The merchant of a card transaction (OBMerchantDetails1).</summary>
/// <param name="MerchantName">The merchant's name.</param>
/// <param name="MerchantCategoryCode">The ISO 18245 category code.</param>
public sealed record MerchantDetails(string? MerchantName = null, string? MerchantCategoryCode = null);
