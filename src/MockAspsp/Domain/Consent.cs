using System.Collections.Immutable;

namespace MockAspsp.Domain;

/// <summary>An account access consent as the bank keeps it.</summary>
public sealed record Consent(
    string ConsentId,
    string ClientId,
    ConsentStatus Status,
    ImmutableArray<string> Permissions,
    DateTimeOffset CreationDateTime,
    DateTimeOffset StatusUpdateDateTime,
    DateTimeOffset? ExpirationDateTime,
    DateTimeOffset? TransactionFromDateTime,
    DateTimeOffset? TransactionToDateTime,
    string? Customer = null,
    ImmutableArray<string> AccountIds = default)
{
    /// <summary>True when the consent grants <paramref name="permission"/>.</summary>
    public bool Grants(string permission) => Permissions.Contains(permission);

    /// <summary>True when <paramref name="accountId"/> is one the PSU chose.</summary>
    public bool Covers(string accountId) => !AccountIds.IsDefault && AccountIds.Contains(accountId);
}
