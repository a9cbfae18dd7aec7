using System.Globalization;
using OpenBanking.Core.Accounts;
using Spectre.Console;

namespace OpenBanking.Cli.Support;

/// <summary>
/// Accounts, balances and transactions as terminal tables. Every cell goes through <see cref="TerminalText.Cell"/>: its
/// control characters shown, cut to <see cref="MaxCellWidth"/>. A long listing is written as it is enumerated, in tables
/// of at most <see cref="RowsPerTable"/> rows, so that neither a long field nor thousands of rows make one huge layout.
/// </summary>
public static class Tables
{
    /// <summary>The widest a cell is shown, in characters; a longer value is cut and ends in <see cref="TerminalText.Ellipsis"/>.</summary>
    public const int MaxCellWidth = 64;

    /// <summary>The most rows in one table: a longer listing is written as tables of this many rows each, as they come.</summary>
    public const int RowsPerTable = 500;

    /// <summary>Writes the accounts.</summary>
    public static void Accounts(IAnsiConsole console, IEnumerable<Account> accounts) =>
        Write(console, "Accounts", () => new Table().AddColumns("AccountId", "Type", "Currency", "Nickname", "Identification"), accounts, account =>
        {
            var identification = account.Identifications is { Count: > 0 } identifications ? identifications[0] : null;
            return
            [
                Cell(account.AccountId),
                Cell($"{account.AccountType} {account.AccountSubType}".Trim()),
                Cell(account.Currency),
                Cell(account.Nickname ?? account.Description),
                Cell(identification is null ? "" : $"{identification.SchemeName.Replace("UK.OBIE.", "", StringComparison.Ordinal)} {identification.Identification}"),
            ];
        });

    /// <summary>Writes the balances, debits negative.</summary>
    public static void Balances(IAnsiConsole console, IEnumerable<Balance> balances) =>
        Write(console, "Balances",
            () => new Table().AddColumns(new TableColumn("AccountId"), new TableColumn("Type"), new TableColumn("Amount").RightAligned(), new TableColumn("Currency"), new TableColumn("As at")),
            balances,
            balance => [Cell(balance.AccountId), Cell(balance.Type.ToString()), Money(balance.SignedAmount), Cell(balance.Amount.Currency),
                Cell(balance.DateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))]);

    /// <summary>Writes the <paramref name="count"/> most recent transactions.</summary>
    public static void RecentTransactions(IAnsiConsole console, IEnumerable<Transaction> transactions, int count) =>
        Transactions(console, $"Recent transactions (latest {count})", transactions.OrderByDescending(t => t.BookingDateTime).Take(count));

    /// <summary>Writes <paramref name="transactions"/> under <paramref name="title"/>, in the order given.</summary>
    public static void Transactions(IAnsiConsole console, string title, IEnumerable<Transaction> transactions) =>
        Write(console, title,
            () => new Table().AddColumns(new TableColumn("Booked"), new TableColumn("AccountId"), new TableColumn("Amount").RightAligned(), new TableColumn("Currency"), new TableColumn("Description")),
            transactions,
            t => [Cell(t.BookingDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Cell(t.AccountId), Money(t.SignedAmount), Cell(t.Amount.Currency),
                Cell(t.TransactionInformation ?? t.MerchantDetails?.MerchantName ?? t.TransactionReference)]);

    /// <summary>Writes <paramref name="items"/> as tables of at most <see cref="RowsPerTable"/> rows, each written when full.</summary>
    private static void Write<T>(IAnsiConsole console, string title, Func<Table> columns, IEnumerable<T> items, Func<T, string[]> row)
    {
        var table = columns().Title(TerminalText.Markup(title));
        foreach (var item in items)
        {
            if (table.Rows.Count == RowsPerTable)
            {
                console.Write(table);
                table = columns().Title(TerminalText.Markup($"{title} (continued)"));
            }

            table.AddRow(row(item));
        }

        console.Write(table);
    }

    private static string Money(decimal amount) =>
        amount < 0 ? $"[red]{amount.ToString("N2", CultureInfo.InvariantCulture)}[/]" : amount.ToString("N2", CultureInfo.InvariantCulture);

    private static string Cell(string? text) => TerminalText.Cell(text, MaxCellWidth);
}
