namespace MockAspsp.Features.Aisp;

/// <summary>The v3.1.11 permission codes and the bank's rules for combining them (Account and Transaction API, "Permissions").</summary>
public static class Permissions
{
    /// <summary>The 21 codes.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "ReadAccountsBasic", "ReadAccountsDetail", "ReadBalances", "ReadBeneficiariesBasic", "ReadBeneficiariesDetail",
        "ReadDirectDebits", "ReadOffers", "ReadPAN", "ReadParty", "ReadPartyPSU", "ReadProducts",
        "ReadScheduledPaymentsBasic", "ReadScheduledPaymentsDetail", "ReadStandingOrdersBasic", "ReadStandingOrdersDetail",
        "ReadStatementsBasic", "ReadStatementsDetail", "ReadTransactionsBasic", "ReadTransactionsCredits",
        "ReadTransactionsDebits", "ReadTransactionsDetail",
    };

    /// <summary>Why the bank refuses <paramref name="permissions"/>, or null when it accepts them.</summary>
    public static string? Problem(IReadOnlyList<string> permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        if (permissions.Count == 0)
        {
            return "Permissions must not be empty";
        }

        if (permissions.FirstOrDefault(p => !All.Contains(p)) is { } unknown)
        {
            return $"'{unknown}' is not a permission code";
        }

        if (permissions.Distinct().Count() != permissions.Count)
        {
            return "a permission is listed more than once";
        }

        bool Has(string p) => permissions.Contains(p);
        if (!Has("ReadAccountsBasic") && !Has("ReadAccountsDetail"))
        {
            return "ReadAccountsBasic or ReadAccountsDetail is required";
        }

        var detail = Has("ReadTransactionsBasic") || Has("ReadTransactionsDetail");
        var direction = Has("ReadTransactionsCredits") || Has("ReadTransactionsDebits");
        return detail == direction ? null : "ReadTransactionsBasic/Detail and ReadTransactionsCredits/Debits must be requested together";
    }
}
