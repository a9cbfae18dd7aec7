using MockAspsp.Seed;
using NUnit.Framework;

namespace MockAspsp.Tests.Behaviour;

public class SeedDataTests
{
    [Test]
    public void Three_customers_with_personal_business_and_euro_accounts()
    {
        var bank = SeedData.Bank;

        Assert.That(bank.Customers.Select(c => c.Id), Is.EqualTo(new[] { "amelia", "oliver", "northwind" }));
        Assert.That(bank.Customers.Select(c => bank.AccountsOf(c.Id).Count()), Has.All.GreaterThanOrEqualTo(2));
        Assert.That(bank.Accounts.Select(a => (a.AccountType, a.Currency)).Distinct(),
            Is.SupersetOf(new[] { ("Personal", "GBP"), ("Business", "GBP"), ("Personal", "EUR"), ("Business", "EUR") }));
    }

    [Test]
    public void Hundreds_of_transactions_across_a_year_and_balances_of_several_types()
    {
        var bank = SeedData.Bank;

        var current = bank.Transactions["1001"];
        Assert.That(current, Has.Length.GreaterThan(200));
        Assert.That(current.Select(t => (t.BookingDateTime.Year, t.BookingDateTime.Month)).Distinct().Count(), Is.EqualTo(12));
        Assert.That(bank.Transactions.Values.Sum(t => t.Length), Is.GreaterThan(1000));
        Assert.That(bank.Balances.Select(b => b.Type).Distinct(), Is.EquivalentTo(new[] { "InterimAvailable", "InterimBooked", "ClosingBooked" }));
        Assert.That(new[] { bank.Beneficiaries.Length, bank.DirectDebits.Length, bank.StandingOrders.Length, bank.Products.Length }, Has.All.GreaterThan(0));
    }

    [Test]
    public void The_running_balance_adds_up()
    {
        foreach (var account in SeedData.Bank.Accounts)
        {
            var balance = account.OpeningBalance;
            foreach (var t in SeedData.Bank.Transactions[account.AccountId])
            {
                balance += t.IsCredit ? t.Amount : -t.Amount;
                Assert.That(t.BalanceAfter, Is.EqualTo(balance), t.TransactionId);
            }
        }
    }

    [Test]
    public void Every_account_has_a_statement_for_each_month_of_the_year_back_to_back()
    {
        var bank = SeedData.Bank;

        foreach (var account in bank.Accounts)
        {
            var statements = bank.Statements.Where(s => s.AccountId == account.AccountId).ToList();
            Assert.That(statements, Has.Count.EqualTo(12), account.AccountId);
            Assert.That(statements[0].StartDateTime, Is.EqualTo(SeedData.From));
            Assert.That(statements[^1].EndDateTime, Is.EqualTo(new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.Zero)));
            Assert.That(statements.Zip(statements.Skip(1)).All(p => p.Item2.StartDateTime == p.Item1.EndDateTime.AddSeconds(1)), Is.True, "no gaps, no overlaps");
            Assert.That(statements.All(s => s.CreationDateTime > s.EndDateTime), Is.True, "issued after the period");
        }

        Assert.That(bank.Statements.Select(s => s.StatementId), Is.Unique);
    }

    [Test]
    public void A_statements_figures_add_up_to_the_transactions_it_lists()
    {
        var bank = SeedData.Bank;

        foreach (var statement in bank.Statements)
        {
            var lines = bank.TransactionsOn(statement).ToList();
            Assert.That(lines.All(t => t.Status == "Booked" && t.BookingDateTime >= statement.StartDateTime && t.BookingDateTime <= statement.EndDateTime), Is.True);
            Assert.That(statement.TotalCredits, Is.EqualTo(lines.Where(t => t.IsCredit).Sum(t => t.Amount)), statement.StatementId);
            Assert.That(statement.TotalDebits, Is.EqualTo(lines.Where(t => !t.IsCredit).Sum(t => t.Amount)), statement.StatementId);
            Assert.That(statement.ClosingBalance, Is.EqualTo(statement.OpeningBalance + statement.TotalCredits - statement.TotalDebits), statement.StatementId);
            if (lines.Count > 0)
            {
                Assert.That(statement.ClosingBalance, Is.EqualTo(lines[^1].BalanceAfter), $"{statement.StatementId}: the last line's running balance");
            }
        }

        foreach (var account in bank.Accounts)
        {
            var statements = bank.Statements.Where(s => s.AccountId == account.AccountId).ToList();
            Assert.That(statements[0].OpeningBalance, Is.EqualTo(account.OpeningBalance));
            Assert.That(statements.Zip(statements.Skip(1)).All(p => p.Item2.OpeningBalance == p.Item1.ClosingBalance), Is.True, "brought forward = carried forward");
            Assert.That(statements[^1].ClosingBalance, Is.EqualTo(bank.Balances.Single(b => b.AccountId == account.AccountId && b.Type == "InterimBooked").Amount),
                $"{account.AccountId}: the last statement closes on the booked balance");
        }
    }

    [Test]
    public void Savings_statements_show_their_interest_business_statements_their_fee_and_card_statements_what_is_due()
    {
        var bank = SeedData.Bank;
        var savings = bank.Statements.Where(s => s.AccountId == "1002").ToList();
        var business = bank.Statements.Where(s => s.AccountId == "3001").ToList();
        var card = bank.Statements.Where(s => s.AccountId == "1004").ToList();

        Assert.That(savings.Select(s => s.Interest), Has.All.EqualTo(Math.Round(6250.00m * 0.0035m, 2)));
        Assert.That(savings.Select(s => s.InterestRate), Has.All.EqualTo(0.042m));
        Assert.That(business.Select(s => s.Fees), Has.All.EqualTo(8.50m));
        Assert.That(bank.Statements.Where(s => s.AccountId != "3001").Select(s => s.Fees), Has.All.EqualTo(0m));
        Assert.That(card.Select(s => s.CreditLimit), Has.All.EqualTo(3500.00m));
        Assert.That(card.All(s => s.MinimumPaymentDue == (s.ClosingBalance >= 0 ? 0 : Math.Min(-s.ClosingBalance, Math.Max(25m, Math.Round(-s.ClosingBalance * 0.03m, 2))))), Is.True);
        Assert.That(card.All(s => s.PaymentDueDateTime == s.StartDateTime.AddMonths(1).AddDays(19)), Is.True, "due on the 20th of the next month");
    }

    [Test]
    public void Scheduled_payments_lie_after_the_seeded_year_and_offers_run_across_its_end()
    {
        var bank = SeedData.Bank;

        Assert.That(bank.ScheduledPayments, Is.Not.Empty);
        Assert.That(bank.ScheduledPayments.All(p => p.ScheduledPaymentDateTime > SeedData.To), Is.True);
        Assert.That(bank.ScheduledPayments.Select(p => p.ScheduledType).Distinct(), Is.EquivalentTo(new[] { "Arrival", "Execution" }));
        Assert.That(bank.ScheduledPayments.Any(p => p.CreditorSchemeName == "UK.OBIE.PAN"), Is.True, "a card repayment, for ReadPAN");
        Assert.That(bank.Offers, Is.Not.Empty);
        Assert.That(bank.Offers.All(o => o.StartDateTime < SeedData.To && o.EndDateTime > SeedData.To), Is.True);
        Assert.That(bank.Offers.All(o => bank.Account(o.AccountId) is not null) && bank.ScheduledPayments.All(p => bank.Account(p.AccountId) is not null), Is.True);
    }

    [Test]
    public void Generating_twice_gives_the_same_data()
    {
        var first = SeedData.Generate();
        var second = SeedData.Generate();

        Assert.That(second.Accounts, Is.EqualTo(first.Accounts));
        Assert.That(second.Statements, Is.EqualTo(first.Statements));
        Assert.That(second.ScheduledPayments, Is.EqualTo(first.ScheduledPayments));
        Assert.That(second.Offers, Is.EqualTo(first.Offers));
        Assert.That(second.Transactions.Keys.Order(), Is.EqualTo(first.Transactions.Keys.Order()));
        Assert.That(first.Transactions.All(kv => kv.Value.SequenceEqual(second.Transactions[kv.Key])), Is.True);
    }

    [Test]
    public void The_data_is_the_same_on_every_machine_and_runtime()
    {
        // Golden numbers, read off the generator when it was written (dotnet run over SeedData, 2026-11-23). The
        // generator is our own xorshift, not System.Random, precisely so that these never change; if they do, the
        // seeds or the generator changed, and every approved snapshot of the mock's data changes with them.
        var current = SeedData.Bank.Transactions["1001"];

        Assert.That(current[0].TransactionId, Is.EqualTo("1001-00001"));
        Assert.That(current.Length, Is.EqualTo(Fingerprint.CurrentAccountTransactions));
        Assert.That(current.Sum(t => t.IsCredit ? t.Amount : -t.Amount), Is.EqualTo(Fingerprint.CurrentAccountNetMovement));
    }

    private static class Fingerprint
    {
        public const int CurrentAccountTransactions = 323;
        public const decimal CurrentAccountNetMovement = 12224.59m;
    }
}
