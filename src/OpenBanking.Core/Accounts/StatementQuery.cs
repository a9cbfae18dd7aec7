namespace OpenBanking.Core.Accounts;

/// <summary>Which statements to read.</summary>
/// <param name="AccountId">One account's statements (<c>/accounts/{id}/statements</c>), or null for all accounts in the consent (<c>/statements</c>).</param>
/// <param name="FromStatementDateTime">
/// Only statements whose StartDateTime and EndDateTime are both at or after this (the spec's filtering rule; sent as
/// UTC, without a zone, as the spec asks).
/// </param>
/// <param name="ToStatementDateTime">Only statements whose StartDateTime and EndDateTime are both at or before this.</param>
public sealed record StatementQuery(string? AccountId = null, DateTimeOffset? FromStatementDateTime = null, DateTimeOffset? ToStatementDateTime = null)
{
    /// <summary>All statements of all accounts in the consent.</summary>
    public static StatementQuery All { get; } = new();
}
