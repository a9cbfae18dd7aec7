using System.Collections.Immutable;
using System.Globalization;

namespace MockAspsp.Seed;

/// <summary>
/// Monthly statements, one per account and calendar month of the seeded year, computed from the booked transactions so
/// that every figure on a statement can be checked against the transactions it lists.
/// </summary>
internal static class SeedStatements
{
    /// <summary>
    /// Savings interest: 0.35% of the opening balance a month (<see cref="SeedData"/>), 4.2% a year gross — as an
    /// OBRate1_1, where "0.05 represents 5%".
    /// </summary>
    public const decimal SavingsInterestRate = 0.042m;

    /// <summary>The statements of <paramref name="account"/>, oldest first.</summary>
    public static IEnumerable<BankStatement> For(BankAccount account, ImmutableArray<BankTransaction> transactions)
    {
        var booked = transactions.Where(t => t.Status == "Booked").ToList();
        var balance = account.OpeningBalance;
        for (var start = SeedData.From; start <= SeedData.To; start = start.AddMonths(1))
        {
            var end = start.AddMonths(1).AddSeconds(-1);
            var listed = booked.Where(t => t.BookingDateTime >= start && t.BookingDateTime <= end).ToList();
            var credits = listed.Where(t => t.IsCredit).Sum(t => t.Amount);
            var debits = listed.Where(t => !t.IsCredit).Sum(t => t.Amount);
            var closing = balance + credits - debits;
            var card = account.AccountSubType == "CreditCard";
            var month = start.ToString("yyyyMM", CultureInfo.InvariantCulture);
            yield return new BankStatement(
                account.AccountId,
                $"{account.AccountId}-S{month}",
                $"{account.AccountId}/{start:yyyy}/{start:MM}",
                $"{account.Description} statement, {start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
                start,
                end,
                end.AddSeconds(1).AddHours(6),
                account.Currency,
                balance,
                closing,
                credits,
                debits,
                listed.Where(t => t.BankTransactionSubCode == "Interest").Sum(t => t.Amount),
                listed.Where(t => t.BankTransactionSubCode == "Fees").Sum(t => t.Amount),
                account.AccountSubType == "Savings" ? SavingsInterestRate : null,
                card ? account.CreditLimit : null,
                card ? MinimumPayment(closing) : null,
                card ? start.AddMonths(1).AddDays(19) : null);
            balance = closing;
        }
    }

    /// <summary>3% of what is owed, at least 25.00, at most all of it; nothing when the card is in credit.</summary>
    private static decimal MinimumPayment(decimal closing) =>
        closing >= 0 ? 0m : Math.Min(-closing, Math.Max(25m, Math.Round(-closing * 0.03m, 2)));
}
