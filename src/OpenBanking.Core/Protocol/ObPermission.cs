namespace OpenBanking.Core.Protocol;

/// <summary>
/// The 21 permission codes of an account access consent (Read/Write API v3.1.11, OBReadConsent1
/// <c>Data.Permissions</c>).
/// </summary>
public static class ObPermission
{
#pragma warning disable CS1591 // each code is documented by the spec under the same name
    public const string ReadAccountsBasic = "ReadAccountsBasic";
    public const string ReadAccountsDetail = "ReadAccountsDetail";
    public const string ReadBalances = "ReadBalances";
    public const string ReadBeneficiariesBasic = "ReadBeneficiariesBasic";
    public const string ReadBeneficiariesDetail = "ReadBeneficiariesDetail";
    public const string ReadDirectDebits = "ReadDirectDebits";
    public const string ReadOffers = "ReadOffers";
    public const string ReadPAN = "ReadPAN";
    public const string ReadParty = "ReadParty";
    public const string ReadPartyPSU = "ReadPartyPSU";
    public const string ReadProducts = "ReadProducts";
    public const string ReadScheduledPaymentsBasic = "ReadScheduledPaymentsBasic";
    public const string ReadScheduledPaymentsDetail = "ReadScheduledPaymentsDetail";
    public const string ReadStandingOrdersBasic = "ReadStandingOrdersBasic";
    public const string ReadStandingOrdersDetail = "ReadStandingOrdersDetail";
    public const string ReadStatementsBasic = "ReadStatementsBasic";
    public const string ReadStatementsDetail = "ReadStatementsDetail";
    public const string ReadTransactionsBasic = "ReadTransactionsBasic";
    public const string ReadTransactionsCredits = "ReadTransactionsCredits";
    public const string ReadTransactionsDebits = "ReadTransactionsDebits";
    public const string ReadTransactionsDetail = "ReadTransactionsDetail";
#pragma warning restore CS1591

    /// <summary>All 21 codes, in the spec's order.</summary>
    public static EquatableList<string> All { get; } =
    [
        ReadAccountsBasic, ReadAccountsDetail, ReadBalances, ReadBeneficiariesBasic, ReadBeneficiariesDetail,
        ReadDirectDebits, ReadOffers, ReadPAN, ReadParty, ReadPartyPSU, ReadProducts,
        ReadScheduledPaymentsBasic, ReadScheduledPaymentsDetail, ReadStandingOrdersBasic, ReadStandingOrdersDetail,
        ReadStatementsBasic, ReadStatementsDetail, ReadTransactionsBasic, ReadTransactionsCredits,
        ReadTransactionsDebits, ReadTransactionsDetail,
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>True when <paramref name="code"/> is one of the 21 codes (case-sensitive, as on the wire).</summary>
    public static bool IsKnown(string code) => Known.Contains(code);

    /// <summary>
    /// The one source of the permission rules: every reason an ASPSP must refuse <paramref name="permissions"/> as a
    /// consent's permission set with a 400; empty when the bank must accept it. The library refuses to send such a
    /// set, the mock bank answers it with 400 <c>UK.OBIE.Field.Invalid</c>, and the conformance checker flags it
    /// (TPP-CON-001 to 003).
    /// </summary>
    /// <remarks>
    /// Account and Transaction API Profile v3.1.11, Consent Elements, "Permissions": "The following combinations of
    /// permissions are not allowed, and the ASPSP <b>must</b> reject these account-access-consents with a 400 response
    /// code":
    /// <list type="bullet">
    /// <item>"an empty Permissions array" (<see cref="PermissionProblemKind.Empty"/>);</item>
    /// <item>"a permission code that is not supported by the ASPSP" (<see cref="PermissionProblemKind.UnknownCode"/>:
    /// any code outside the 21 of v3.1.11, compared case-sensitively; one problem per item, with its index);</item>
    /// <item>"contains ReadTransactionsBasic [or ReadTransactionsDetail] but does not contain at least one of
    /// ReadTransactionsCredits and ReadTransactionsDebits" (<see cref="PermissionProblemKind.TransactionsWithoutDirection"/>);</item>
    /// <item>"contains ReadTransactionsCredits [or ReadTransactionsDebits] but does not contain at least one of
    /// ReadTransactionsBasic and ReadTransactionsDetail" (<see cref="PermissionProblemKind.DirectionWithoutTransactions"/>).</item>
    /// </list>
    /// Nothing else is a reason to reject: a set without ReadAccountsBasic or ReadAccountsDetail, and a code listed
    /// twice, are accepted ("the ASPSP must not reject solely on the basis of duplication"); see <see cref="Advice"/>.
    /// A null item counts as an unknown code. Never throws for a bad set.
    /// </remarks>
    public static EquatableList<PermissionProblem> Rejections(IReadOnlyList<string?> permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        if (permissions.Count == 0)
        {
            return [new(PermissionProblemKind.Empty, "Permissions is empty: at least one permission code is required")];
        }

        var problems = new List<PermissionProblem>();
        for (var i = 0; i < permissions.Count; i++)
        {
            if (permissions[i] is not { } code || !IsKnown(code))
            {
                problems.Add(new(PermissionProblemKind.UnknownCode,
                    $"{Quoted(permissions[i])} is not a v3.1.11 permission code (codes are case-sensitive)", i));
            }
        }

        var transactions = Present(permissions, ReadTransactionsBasic, ReadTransactionsDetail);
        var directions = Present(permissions, ReadTransactionsCredits, ReadTransactionsDebits);
        if (transactions.Length > 0 && directions.Length == 0)
        {
            problems.Add(new(PermissionProblemKind.TransactionsWithoutDirection,
                $"{string.Join(" and ", transactions)} needs ReadTransactionsCredits or ReadTransactionsDebits (or both)"));
        }

        if (directions.Length > 0 && transactions.Length == 0)
        {
            problems.Add(new(PermissionProblemKind.DirectionWithoutTransactions,
                $"{string.Join(" and ", directions)} needs ReadTransactionsBasic or ReadTransactionsDetail"));
        }

        return problems.ToEquatableList();
    }

    /// <summary>
    /// Advice for a TPP about <paramref name="permissions"/> that is no reason for a bank to refuse them: the
    /// conformance checker reports it as a warning (TPP-CON-006); the library and the mock bank let it through.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><see cref="PermissionProblemKind.NoAccountsPermission"/>: "The permissions array <b>must</b> contain at
    /// least ReadAccountsBasic or ReadAccountsDetail" (Account and Transaction API Profile v3.1.11, "Permissions") is a
    /// duty of the TPP that the must-reject list does not repeat, so a bank accepts e.g. <c>{ReadBalances}</c>; without
    /// either code the AISP cannot call GET /accounts, where it learns the AccountIds.</item>
    /// <item><see cref="PermissionProblemKind.Repeated"/>: a code listed again (with the index of the repeat). The
    /// specification gives no rule against it (OBReadConsent1 has no uniqueItems) and says duplication is "not a
    /// malformed request"; it is most likely a slip.</item>
    /// </list>
    /// Unknown codes are left to <see cref="Rejections"/>. Never throws for a bad set.
    /// </remarks>
    public static EquatableList<PermissionProblem> Advice(IReadOnlyList<string?> permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var problems = new List<PermissionProblem>();
        if (permissions.Count > 0 && Present(permissions, ReadAccountsBasic, ReadAccountsDetail).Length == 0)
        {
            problems.Add(new(PermissionProblemKind.NoAccountsPermission,
                "neither ReadAccountsBasic nor ReadAccountsDetail is asked for: the specification says the permissions must contain one, "
                + "and without it the AISP cannot call GET /accounts to learn the AccountIds (a bank must still accept the consent)"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < permissions.Count; i++)
        {
            if (permissions[i] is { } code && IsKnown(code) && !seen.Add(code))
            {
                problems.Add(new(PermissionProblemKind.Repeated, $"'{code}' is listed again (a bank must still accept the consent)", i));
            }
        }

        return problems.ToEquatableList();
    }

    private static string[] Present(IReadOnlyList<string?> permissions, params string[] codes) =>
        [.. codes.Where(code => permissions.Contains(code, StringComparer.Ordinal))];

    private static string Quoted(string? code) => code is null ? "null" : $"'{code}'";
}
