using System.Collections.Immutable;
using System.Globalization;

namespace MockAspsp.Seed;

/// <summary>
/// The mock bank's customers and their money: three customers (two personal, one business), nine
/// accounts (GBP current, savings and credit card, EUR current), a year of transactions
/// (1 November 2025 to 31 October 2026: thousands in all, enough to page), balances of several types,
/// monthly statements computed from the transactions, beneficiaries, direct debits, standing orders,
/// scheduled payments, offers and products. Generated from fixed seeds: the same every run.
/// </summary>
public sealed class SeedData
{
    /// <summary>The first day of the seeded year.</summary>
    public static readonly DateTimeOffset From = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The last day of the seeded year (transactions in its last three days are still Pending).</summary>
    public static readonly DateTimeOffset To = new(2026, 10, 31, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SeedData> Instance = new(Generate);

    private SeedData(
        ImmutableArray<Customer> customers,
        ImmutableArray<BankAccount> accounts,
        ImmutableDictionary<string, ImmutableArray<BankTransaction>> transactions,
        ImmutableArray<BankBeneficiary> beneficiaries,
        ImmutableArray<BankDirectDebit> directDebits,
        ImmutableArray<BankStandingOrder> standingOrders,
        ImmutableArray<BankScheduledPayment> scheduledPayments,
        ImmutableArray<BankOffer> offers,
        ImmutableArray<BankProduct> products)
    {
        Customers = customers;
        Accounts = accounts;
        Transactions = transactions;
        Beneficiaries = beneficiaries;
        DirectDebits = directDebits;
        StandingOrders = standingOrders;
        ScheduledPayments = scheduledPayments;
        Offers = offers;
        Products = products;
        Balances = accounts.SelectMany(a => Balance(a, transactions[a.AccountId])).ToImmutableArray();
        Statements = accounts.SelectMany(a => SeedStatements.For(a, transactions[a.AccountId])).ToImmutableArray();
    }

    /// <summary>The seeded bank.</summary>
    public static SeedData Bank => Instance.Value;

    /// <summary>The customers.</summary>
    public ImmutableArray<Customer> Customers { get; }

    /// <summary>All accounts.</summary>
    public ImmutableArray<BankAccount> Accounts { get; }

    /// <summary>Transactions by account id, oldest first.</summary>
    public ImmutableDictionary<string, ImmutableArray<BankTransaction>> Transactions { get; }

    /// <summary>Balances: InterimAvailable, InterimBooked and ClosingBooked for every account.</summary>
    public ImmutableArray<BankBalance> Balances { get; }

    /// <summary>Beneficiaries.</summary>
    public ImmutableArray<BankBeneficiary> Beneficiaries { get; }

    /// <summary>Direct debits.</summary>
    public ImmutableArray<BankDirectDebit> DirectDebits { get; }

    /// <summary>Standing orders.</summary>
    public ImmutableArray<BankStandingOrder> StandingOrders { get; }

    /// <summary>Scheduled payments (one-off payments set for a future date).</summary>
    public ImmutableArray<BankScheduledPayment> ScheduledPayments { get; }

    /// <summary>Offers.</summary>
    public ImmutableArray<BankOffer> Offers { get; }

    /// <summary>Products.</summary>
    public ImmutableArray<BankProduct> Products { get; }

    /// <summary>Monthly statements: one per account and month of the seeded year, by account, oldest first.</summary>
    public ImmutableArray<BankStatement> Statements { get; }

    /// <summary>The transactions on <paramref name="statement"/>, oldest first.</summary>
    public IEnumerable<BankTransaction> TransactionsOn(BankStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return Transactions[statement.AccountId].Where(statement.Lists);
    }

    /// <summary>The accounts of <paramref name="customer"/>.</summary>
    public IEnumerable<BankAccount> AccountsOf(string customer) => Accounts.Where(a => a.Customer == customer);

    /// <summary>The account with <paramref name="accountId"/>, or null.</summary>
    public BankAccount? Account(string accountId) => Accounts.FirstOrDefault(a => a.AccountId == accountId);

    internal static SeedData Generate()
    {
        ImmutableArray<Customer> customers =
        [
            new("amelia", "Amelia Clarke", "Sole", "amelia.clarke@example.com", "+44-7700900123", "12 Acacia Avenue", "Bristol", "BS1 4DJ"),
            new("oliver", "Oliver Bennett", "Sole", "oliver.bennett@example.com", "+44-7700900456", "3 Mill Lane", "Leeds", "LS1 5AE"),
            new("northwind", "Northwind Trading Ltd", "Delegate", "accounts@northwind.example.com", "+44-1632960789", "Unit 7, Harbour Park", "Southampton", "SO14 3TL"),
        ];
        var opened = new DateTimeOffset(2019, 4, 1, 0, 0, 0, TimeSpan.Zero);
        ImmutableArray<BankAccount> accounts =
        [
            new("1001", "amelia", "GBP", "Personal", "CurrentAccount", "Current account", "Bills", opened, "UK.OBIE.SortCodeAccountNumber", "60161331926819", "Amelia Clarke", null, 1840.25m, null),
            new("1002", "amelia", "GBP", "Personal", "Savings", "Instant saver", "Rainy day", opened.AddYears(1), "UK.OBIE.SortCodeAccountNumber", "60161331926827", "Amelia Clarke", "00021", 6250.00m, null),
            new("1003", "amelia", "EUR", "Personal", "CurrentAccount", "Euro account", "Holidays", opened.AddYears(2), "UK.OBIE.IBAN", "GB94BARC10201530093459", "Amelia Clarke", null, 820.00m, null),
            new("1004", "amelia", "GBP", "Personal", "CreditCard", "Rewards credit card", "Card", opened.AddYears(3), "UK.OBIE.PAN", "5555444433331111", "Amelia Clarke", null, 0m, 3500.00m),
            new("2001", "oliver", "GBP", "Personal", "CurrentAccount", "Current account", "Main", opened.AddMonths(7), "UK.OBIE.SortCodeAccountNumber", "20325871643320", "Oliver Bennett", null, 965.40m, null),
            new("2002", "oliver", "GBP", "Personal", "Savings", "Regular saver", "House deposit", opened.AddMonths(9), "UK.OBIE.SortCodeAccountNumber", "20325871643339", "Oliver Bennett", null, 12400.00m, null),
            new("3001", "northwind", "GBP", "Business", "CurrentAccount", "Business current account", "Operating", opened.AddMonths(-30), "UK.OBIE.SortCodeAccountNumber", "40051290457821", "Northwind Trading Ltd", null, 48210.77m, null),
            new("3002", "northwind", "GBP", "Business", "Savings", "Business reserve", "Tax reserve", opened.AddMonths(-24), "UK.OBIE.SortCodeAccountNumber", "40051290457848", "Northwind Trading Ltd", null, 30000.00m, null),
            new("3003", "northwind", "EUR", "Business", "CurrentAccount", "Euro business account", "EU customers", opened, "UK.OBIE.IBAN", "GB33BUKB20201555555555", "Northwind Trading Ltd", null, 15320.00m, null),
        ];

        var transactions = accounts.ToImmutableDictionary(a => a.AccountId, a => TransactionsFor(a).ToImmutableArray());
        return new SeedData(customers, accounts, transactions, SeedBeneficiaries(accounts), SeedDirectDebits(), SeedStandingOrders(),
            SeedScheduledPayments(), SeedOffers(), SeedProducts(accounts));
    }

    private static IEnumerable<BankTransaction> TransactionsFor(BankAccount account)
    {
        var random = DeterministicRandom.For(account.AccountId);
        var balance = account.OpeningBalance;
        var sequence = 0;
        var events = new List<(DateTimeOffset At, bool Credit, decimal Amount, string Info, string Code, string SubCode, string Proprietary, string? Merchant, string? Mcc, string? Counterparty, string? Card)>();
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            events.AddRange(DayOf(account, day, random));
        }

        foreach (var e in events.OrderBy(e => e.At))
        {
            balance += e.Credit ? e.Amount : -e.Amount;
            sequence++;
            (string Scheme, string Identification)? counterparty = e.Counterparty is null ? null : Counterparty(e.Counterparty, random);
            yield return new BankTransaction(
                account.AccountId,
                $"{account.AccountId}-{sequence:D5}",
                $"REF{account.AccountId}{sequence:D5}",
                e.Credit,
                e.At >= To.AddDays(-2) ? "Pending" : "Booked",
                e.At,
                e.At,
                e.Amount,
                account.Currency,
                e.Info,
                e.Code,
                e.SubCode,
                e.Proprietary,
                balance,
                e.Merchant,
                e.Mcc,
                e.Counterparty,
                counterparty?.Scheme,
                counterparty?.Identification,
                e.Card);
        }
    }

    private static IEnumerable<(DateTimeOffset, bool, decimal, string, string, string, string, string?, string?, string?, string?)> DayOf(
        BankAccount account, DateTimeOffset day, DeterministicRandom random)
    {
        var at = day.AddHours(8 + random.Next(12)).AddMinutes(random.Next(60));
        switch (account.AccountSubType, account.AccountType)
        {
            case ("CurrentAccount", "Personal") when account.Currency == "GBP":
                if (day.Day == 25)
                {
                    yield return (day.AddHours(6), true, account.Customer == "amelia" ? 3120.55m : 2485.10m, "SALARY ACME LTD", "ReceivedCreditTransfer", "DomesticCreditTransfer", "BGC", null, null, "Acme Ltd", null);
                }

                if (day.Day == 1)
                {
                    yield return (day.AddHours(7), false, account.Customer == "amelia" ? 1150.00m : 895.00m, "RENT HOMESTEAD LETTINGS", "IssuedDirectDebits", "DirectDebitPayment", "DD", null, null, "Homestead Lettings", null);
                }

                if (day.Day == 2)
                {
                    yield return (day.AddHours(9), false, 250.00m, "TRANSFER TO SAVINGS", "IssuedCreditTransfers", "StandingOrder", "SO", null, null, account.HolderName, null);
                }

                if (day.Day == 15)
                {
                    yield return (day.AddHours(7), false, random.Amount(42m, 68m), "BRISTOL ENERGY", "IssuedDirectDebits", "DirectDebitPayment", "DD", null, null, "Bristol Energy", null);
                }

                if (random.Next(10) < 7)
                {
                    var (merchant, mcc, min, max) = random.Pick(Shops);
                    yield return (at, false, random.Amount(min, max), $"{merchant.ToUpperInvariant()} CARD PAYMENT", "IssuedCreditTransfers", "Purchase", "POS", merchant, mcc, null, "4929123412340123");
                }

                if (random.Next(20) == 0)
                {
                    yield return (at.AddMinutes(30), true, random.Amount(10m, 80m), "REFUND / FRIEND PAYMENT", "ReceivedCreditTransfer", "DomesticCreditTransfer", "FPI", null, null, random.Pick(Friends), null);
                }

                break;
            case ("Savings", _):
                if (day.Day == 2)
                {
                    yield return (day.AddHours(9), true, account.AccountType == "Business" ? 2500.00m : 250.00m, "TRANSFER FROM CURRENT ACCOUNT", "ReceivedCreditTransfer", "StandingOrder", "SO", null, null, account.HolderName, null);
                }

                if (day.Day == 28)
                {
                    yield return (day.AddHours(23), true, Math.Round(account.OpeningBalance * 0.0035m, 2), "INTEREST", "ReceivedCreditTransfer", "Interest", "INT", null, null, null, null);
                }

                break;
            case ("CreditCard", _):
                if (random.Next(10) < 4)
                {
                    var (merchant, mcc, min, max) = random.Pick(Shops);
                    yield return (at, false, random.Amount(min, max), $"{merchant.ToUpperInvariant()}", "IssuedCreditTransfers", "Purchase", "POS", merchant, mcc, null, account.Identification);
                }

                if (day.Day == 20)
                {
                    yield return (day.AddHours(10), true, 300.00m, "PAYMENT RECEIVED - THANK YOU", "ReceivedCreditTransfer", "DomesticCreditTransfer", "PAY", null, null, account.HolderName, null);
                }

                break;
            case ("CurrentAccount", _) when account.Currency == "EUR":
                if (random.Next(10) < 3)
                {
                    var (merchant, mcc, min, max) = random.Pick(EuroShops);
                    yield return (at, false, random.Amount(min, max), merchant.ToUpperInvariant(), "IssuedCreditTransfers", "Purchase", "POS", merchant, mcc, null, "4929123412349876");
                }

                if (day.Day == 10)
                {
                    yield return (day.AddHours(11), true, account.AccountType == "Business" ? random.Amount(4000m, 9000m) : 400.00m, account.AccountType == "Business" ? "INVOICE PAYMENT EU CUSTOMER" : "TRANSFER FROM GBP ACCOUNT", "ReceivedCreditTransfer", "CrossBorderCreditTransfer", "SEPA", null, null, account.AccountType == "Business" ? "Hansen Handel GmbH" : account.HolderName, null);
                }

                break;
            default:
                // Business GBP current account: invoices in, suppliers and payroll out.
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    if (random.Next(10) < 6)
                    {
                        yield return (at, true, random.Amount(350m, 4800m), "INVOICE PAYMENT", "ReceivedCreditTransfer", "DomesticCreditTransfer", "FPI", null, null, random.Pick(Clients), null);
                    }

                    if (random.Next(10) < 5)
                    {
                        yield return (at.AddMinutes(45), false, random.Amount(120m, 2600m), "SUPPLIER PAYMENT", "IssuedCreditTransfers", "DomesticCreditTransfer", "FPO", null, null, random.Pick(Suppliers), null);
                    }
                }

                if (day.Day == 1)
                {
                    yield return (day.AddHours(5), false, 8.50m, "MONTHLY ACCOUNT FEE", "Charges", "Fees", "FEE", null, null, null, null);
                }

                if (day.Day == 28)
                {
                    yield return (day.AddHours(6), false, 18450.00m, "PAYROLL", "IssuedCreditTransfers", "DomesticCreditTransfer", "BACS", null, null, "Northwind Staff Payroll", null);
                }

                if (day.Day == 2)
                {
                    yield return (day.AddHours(9), false, 2500.00m, "TRANSFER TO TAX RESERVE", "IssuedCreditTransfers", "StandingOrder", "SO", null, null, account.HolderName, null);
                }

                break;
        }
    }

    private static (string Scheme, string Identification) Counterparty(string name, DeterministicRandom random) =>
        ("UK.OBIE.SortCodeAccountNumber", $"{20 + (name.Length % 70):D2}{random.Next(10000):D4}{random.Next(100000000):D8}");

    private static IEnumerable<BankBalance> Balance(BankAccount account, ImmutableArray<BankTransaction> transactions)
    {
        var booked = transactions.Where(t => t.Status == "Booked").ToList();
        var bookedBalance = booked.Count == 0 ? account.OpeningBalance : booked[^1].BalanceAfter;
        var available = transactions.Length == 0 ? account.OpeningBalance : transactions[^1].BalanceAfter;
        var closing = booked.Where(t => t.BookingDateTime < To.AddDays(-1)).Select(t => t.BalanceAfter).DefaultIfEmpty(account.OpeningBalance).Last();
        var at = To.AddHours(23);
        yield return new BankBalance(account.AccountId, "InterimAvailable", available + (account.CreditLimit ?? 0), account.Currency, at, account.CreditLimit);
        yield return new BankBalance(account.AccountId, "InterimBooked", bookedBalance, account.Currency, at, null);
        yield return new BankBalance(account.AccountId, "ClosingBooked", closing, account.Currency, To.AddDays(-1).AddHours(23).AddMinutes(59), null);
    }

    // Amelia also pays her credit card from her current account by its card number: a PAN that ReadPAN unmasks.
    private static ImmutableArray<BankBeneficiary> SeedBeneficiaries(ImmutableArray<BankAccount> accounts) =>
    [
        .. OtherPeople(accounts),
        new("1001", "1001-B4", "Card repayment", "Amelia Clarke", "UK.OBIE.PAN", "5555444433331111"),
    ];

    private static IEnumerable<BankBeneficiary> OtherPeople(ImmutableArray<BankAccount> accounts) =>
        accounts.Where(a => a.AccountSubType == "CurrentAccount" && a.Currency == "GBP")
            .SelectMany(a => (a.AccountType == "Business" ? Suppliers : Friends).Take(3).Select((name, i) => new BankBeneficiary(
                a.AccountId,
                $"{a.AccountId}-B{i + 1}",
                a.AccountType == "Business" ? $"NW-{i + 1:D4}" : "Thanks",
                name,
                "UK.OBIE.SortCodeAccountNumber",
                $"30{i + 1:D2}{a.AccountId}{i + 7:D2}{a.AccountId[..2]}")));

    private static ImmutableArray<BankDirectDebit> SeedDirectDebits() =>
    [
        new("1001", "1001-DD1", "HL-0042173", "Active", "Homestead Lettings", To.AddDays(-30), 1150.00m, "GBP"),
        new("1001", "1001-DD2", "BE-99817203", "Active", "Bristol Energy", To.AddDays(-16), 55.20m, "GBP"),
        new("2001", "2001-DD1", "HL-0088410", "Active", "Homestead Lettings", To.AddDays(-30), 895.00m, "GBP"),
        new("2001", "2001-DD2", "GYM-2231", "Inactive", "Pennine Gym", To.AddMonths(-5), 29.99m, "GBP"),
        new("3001", "3001-DD1", "HMRC-VAT-7712", "Active", "HMRC VAT", To.AddDays(-24), 7321.18m, "GBP"),
    ];

    private static ImmutableArray<BankStandingOrder> SeedStandingOrders() =>
    [
        new("1001", "1001-SO1", "IntrvlMnthDay:01:02", "Savings", From.AddDays(1), To.AddDays(2), 250.00m, "GBP", "Amelia Clarke", "UK.OBIE.SortCodeAccountNumber", "60161331926827"),
        new("2001", "2001-SO1", "IntrvlMnthDay:01:02", "House deposit", From.AddDays(1), To.AddDays(2), 250.00m, "GBP", "Oliver Bennett", "UK.OBIE.SortCodeAccountNumber", "20325871643339"),
        new("3001", "3001-SO1", "IntrvlMnthDay:01:02", "Tax reserve", From.AddDays(1), To.AddDays(2), 2500.00m, "GBP", "Northwind Trading Ltd", "UK.OBIE.SortCodeAccountNumber", "40051290457848"),
    ];

    // After the seeded year: the next card repayment, a friend's tickets, a deposit top-up, the VAT bill, a euro supplier.
    private static ImmutableArray<BankScheduledPayment> SeedScheduledPayments() =>
    [
        new("1001", "1001-SP1", To.AddDays(20), "Execution", "Card repayment", "AMELIA CLARKE", 300.00m, "GBP", "Amelia Clarke", "UK.OBIE.PAN", "5555444433331111"),
        new("1001", "1001-SP2", To.AddDays(35), "Arrival", "Concert tickets", null, 86.50m, "GBP", "Priya Shah", "UK.OBIE.SortCodeAccountNumber", "300210010810"),
        new("2001", "2001-SP1", To.AddDays(28), "Execution", "House deposit top-up", null, 1500.00m, "GBP", "Oliver Bennett", "UK.OBIE.SortCodeAccountNumber", "20325871643339"),
        new("3001", "3001-SP1", To.AddDays(37), "Execution", "VAT Q3 2026", "NORTHWIND 7712", 7480.64m, "GBP", "HMRC VAT", "UK.OBIE.SortCodeAccountNumber", "08320012001019"),
        new("3003", "3003-SP1", To.AddDays(31), "Arrival", "INV-2026-1187", null, 4620.00m, "EUR", "Hansen Handel GmbH", "UK.OBIE.IBAN", "DE89370400440532013000", "COBADEFFXXX"),
    ];

    private static ImmutableArray<BankOffer> SeedOffers() =>
    [
        new("1004", "1004-OF1", "BalanceTransfer", "0% on balance transfers for 18 months, 3% transfer fee", To.AddDays(-30), To.AddDays(61), "GBP",
            Rate: "0", Term: "18 months at 0%, then the card's standard rate", Amount: 2000.00m, Fee: 60.00m),
        new("1004", "1004-OF2", "LimitIncrease", "Credit limit increase up to £5000.00", To.AddDays(-10), To.AddDays(80), "GBP", Amount: 5000.00m),
        new("1001", "1001-OF1", "Other", "Arranged overdraft up to £500.00 with no fee for the first 3 months", To.AddDays(-5), To.AddDays(55), "GBP",
            Value: 3, Amount: 500.00m),
        new("2002", "2002-OF1", "PromotionalRate", "Bonus rate of 5.10% AER for 12 months on new deposits", To.AddDays(-20), To.AddDays(40), "GBP",
            Rate: "5.1", Term: "12 months"),
        new("3002", "3002-OF1", "PromotionalRate", "Business reserve bonus rate of 4.75% AER for 6 months", To.AddDays(-15), To.AddDays(45), "GBP",
            Rate: "4.75", Term: "6 months"),
    ];

    private static ImmutableArray<BankProduct> SeedProducts(ImmutableArray<BankAccount> accounts) =>
        accounts.Select(a => new BankProduct(
                a.AccountId,
                $"P-{a.AccountSubType}-{a.AccountType}-{a.Currency}".ToUpperInvariant(),
                a.AccountType == "Business" ? "BusinessCurrentAccount" : a.AccountSubType == "CurrentAccount" ? "PersonalCurrentAccount" : "Other",
                $"{a.AccountType} {a.Description}".ToString(CultureInfo.InvariantCulture)))
            .ToImmutableArray();

    private static readonly (string Name, string Mcc, decimal Min, decimal Max)[] Shops =
    [
        ("Tesco", "5411", 4.50m, 86.00m), ("Sainsbury's", "5411", 6.20m, 92.40m), ("Costa Coffee", "5814", 2.40m, 8.90m),
        ("Pret A Manger", "5814", 3.10m, 14.75m), ("TfL Travel", "4111", 2.80m, 8.10m), ("Boots", "5912", 3.99m, 41.20m),
        ("Amazon UK", "5942", 7.99m, 129.99m), ("Shell", "5541", 30.00m, 75.00m), ("Waterstones", "5942", 8.99m, 34.50m),
    ];

    private static readonly (string Name, string Mcc, decimal Min, decimal Max)[] EuroShops =
    [
        ("Carrefour", "5411", 8.00m, 95.00m), ("SNCF", "4112", 25.00m, 140.00m), ("Café de Flore", "5814", 4.50m, 22.00m),
    ];

    private static readonly string[] Friends = ["Sam Wilson", "Priya Shah", "Tom Hughes", "Ellie Brooks"];
    private static readonly string[] Clients = ["Brightside Retail plc", "Coastal Foods Ltd", "Meridian Hotels", "Oakwood Schools Trust"];
    private static readonly string[] Suppliers = ["Harbour Logistics Ltd", "Greenleaf Packaging", "Solent Office Supplies", "Atlas IT Services"];
}
