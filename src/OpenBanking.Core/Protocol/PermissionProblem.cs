namespace OpenBanking.Core.Protocol;

/// <summary>
/// What is wrong with a consent's permission set, from <see cref="ObPermission.Rejections"/> (a bank must refuse it)
/// or <see cref="ObPermission.Advice"/> (a bank must accept it; worth a TPP's look).
/// </summary>
/// <param name="Kind">Which rule.</param>
/// <param name="Message">What is wrong, in a sentence a TPP can act on.</param>
/// <param name="Index">The position of the offending item in the array, for rules about one item; otherwise null.</param>
public sealed record PermissionProblem(PermissionProblemKind Kind, string Message, int? Index = null)
{
    /// <summary>True when a bank must refuse the consent for this (Account and Transaction API Profile v3.1.11, "Permissions").</summary>
    public bool Rejects => Kind is PermissionProblemKind.Empty or PermissionProblemKind.UnknownCode
        or PermissionProblemKind.TransactionsWithoutDirection or PermissionProblemKind.DirectionWithoutTransactions;
}

/// <summary>The permission rules (Account and Transaction API Profile v3.1.11, Consent Elements, "Permissions").</summary>
public enum PermissionProblemKind
{
    /// <summary>Rejected: "Account Access Consents with an empty Permissions array".</summary>
    Empty,

    /// <summary>Rejected: "a permission code that is not supported by the ASPSP" — none of the 21 v3.1.11 codes.</summary>
    UnknownCode,

    /// <summary>Rejected: ReadTransactionsBasic or ReadTransactionsDetail without ReadTransactionsCredits or ReadTransactionsDebits.</summary>
    TransactionsWithoutDirection,

    /// <summary>Rejected: ReadTransactionsCredits or ReadTransactionsDebits without ReadTransactionsBasic or ReadTransactionsDetail.</summary>
    DirectionWithoutTransactions,

    /// <summary>Advice only: neither ReadAccountsBasic nor ReadAccountsDetail ("must contain at least" one, a TPP's duty; not on the must-reject list).</summary>
    NoAccountsPermission,

    /// <summary>Advice only: a code listed again (not a reason to reject; the schema has no uniqueItems).</summary>
    Repeated,
}
