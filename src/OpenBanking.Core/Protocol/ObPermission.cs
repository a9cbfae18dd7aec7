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
    /// Every reason the bank would reject <paramref name="permissions"/> as a consent's permission
    /// set; empty when the set is acceptable.
    /// </summary>
    /// <remarks>
    /// Rules (Account and Transaction API Specification v3.1.11, "Permissions"): at least one code;
    /// codes from the list only, each once; ReadAccountsBasic or ReadAccountsDetail present;
    /// ReadTransactionsBasic or ReadTransactionsDetail must come with ReadTransactionsCredits or
    /// ReadTransactionsDebits, and vice versa.
    /// </remarks>
    public static IReadOnlyList<string> Problems(IReadOnlyCollection<string> permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var problems = new List<string>();
        if (permissions.Count == 0)
        {
            problems.Add("at least one permission is required");
            return problems;
        }

        problems.AddRange(permissions.Where(p => !IsKnown(p)).Distinct()
            .Select(p => $"'{p}' is not a v3.1.11 permission code (codes are case-sensitive)"));
        problems.AddRange(permissions.GroupBy(p => p, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' is listed {g.Count()} times"));

        var set = new HashSet<string>(permissions, StringComparer.Ordinal);
        if (!set.Contains(ReadAccountsBasic) && !set.Contains(ReadAccountsDetail))
        {
            problems.Add("ReadAccountsBasic or ReadAccountsDetail is required");
        }

        var transactionDetail = set.Contains(ReadTransactionsBasic) || set.Contains(ReadTransactionsDetail);
        var transactionDirection = set.Contains(ReadTransactionsCredits) || set.Contains(ReadTransactionsDebits);
        if (transactionDetail && !transactionDirection)
        {
            problems.Add("ReadTransactionsBasic/ReadTransactionsDetail needs ReadTransactionsCredits or ReadTransactionsDebits");
        }

        if (transactionDirection && !transactionDetail)
        {
            problems.Add("ReadTransactionsCredits/ReadTransactionsDebits needs ReadTransactionsBasic or ReadTransactionsDetail");
        }

        return problems;
    }
}
