using System.Globalization;
using OpenBanking.Core.Accounts;
using Spectre.Console;

namespace OpenBanking.Cli.Support;

/// <summary>Accounts, balances and transactions as terminal tables.</summary>
public static class Tables
{
    /// <summary>The accounts.</summary>
    public static Table Accounts(IEnumerable<Account> accounts)
    {
        var table = new Table().Title("Accounts").AddColumns("AccountId", "Type", "Currency", "Nickname", "Identification");
        foreach (var account in accounts)
        {
            var identification = account.Identifications is { Count: > 0 } identifications ? identifications[0] : null;
            table.AddRow(
                E(account.AccountId),
                E($"{account.AccountType} {account.AccountSubType}".Trim()),
                E(account.Currency ?? ""),
                E(account.Nickname ?? account.Description ?? ""),
                E(identification is null ? "" : $"{identification.SchemeName.Replace("UK.OBIE.", "", StringComparison.Ordinal)} {identification.Identification}"));
        }

        return table;
    }

    /// <summary>The balances, debits negative.</summary>
    public static Table Balances(IEnumerable<Balance> balances)
    {
        var table = new Table().Title("Balances").AddColumns(new TableColumn("AccountId"), new TableColumn("Type"), new TableColumn("Amount").RightAligned(), new TableColumn("Currency"), new TableColumn("As at"));
        foreach (var balance in balances)
        {
            table.AddRow(E(balance.AccountId), E(balance.Type.ToString()), Money(balance.SignedAmount), E(balance.Amount.Currency),
                E(balance.DateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
        }

        return table;
    }

    /// <summary>The <paramref name="count"/> most recent transactions.</summary>
    public static Table RecentTransactions(IEnumerable<Transaction> transactions, int count)
    {
        var table = new Table().Title($"Recent transactions (latest {count})").AddColumns(new TableColumn("Booked"), new TableColumn("AccountId"), new TableColumn("Amount").RightAligned(), new TableColumn("Currency"), new TableColumn("Description"));
        foreach (var t in transactions.OrderByDescending(t => t.BookingDateTime).Take(count))
        {
            table.AddRow(E(t.BookingDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), E(t.AccountId), Money(t.SignedAmount), E(t.Amount.Currency),
                E(t.TransactionInformation ?? t.MerchantDetails?.MerchantName ?? t.TransactionReference ?? ""));
        }

        return table;
    }

    private static string Money(decimal amount) =>
        amount < 0 ? $"[red]{amount.ToString("N2", CultureInfo.InvariantCulture)}[/]" : amount.ToString("N2", CultureInfo.InvariantCulture);

    private static string E(string text) => Markup.Escape(text);
}
