namespace OpenBanking.Core.Accounts;

/// <summary>Which transactions to read.</summary>
/// <param name="AccountId">One account's transactions (<c>/accounts/{id}/transactions</c>), or null for all accounts in the consent (<c>/transactions</c>).</param>
/// <param name="FromBookingDateTime">Only transactions booked at or after this (sent as UTC, without a zone, as the spec asks).</param>
/// <param name="ToBookingDateTime">Only transactions booked at or before this.</param>
public sealed record TransactionQuery(string? AccountId = null, DateTimeOffset? FromBookingDateTime = null, DateTimeOffset? ToBookingDateTime = null)
{
    /// <summary>All transactions of all accounts in the consent.</summary>
    public static TransactionQuery All { get; } = new();
}
