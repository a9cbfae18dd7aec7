using System.Text;
using MockAspsp.Seed;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Protocol;
using OpenBanking.TestSupport;
using OpenBanking.Core.Api;

namespace MockAspsp.Tests.EndToEnd.Resources;

/// <summary>
/// What the typed results show end to end (library → mock bank): Basic vs Detail, masked vs clear card numbers,
/// every page of a paged read, the statement file, and the errors the library hands back.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ResourceBehaviourTests
{
    private static readonly DateTimeOffset October = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EndOfOctober = new(2026, 10, 31, 23, 59, 59, TimeSpan.Zero);

    // ---- Basic vs Detail ----

    [Test]
    public async Task Accounts_Basic_leave_out_identifications_and_servicer_Detail_has_them()
    {
        await using var bank = await TestBank.StartAsync();
        var basic = await Read(bank, [ObPermission.ReadAccountsBasic], s => s.Client.Send(s.AccessToken, AccountInformation.Accounts()).Right());
        var detail = await Read(bank, [ObPermission.ReadAccountsDetail], s => s.Client.Send(s.AccessToken, AccountInformation.Accounts()).Right());

        Assert.Multiple(() =>
        {
            Assert.That(basic.Items, Has.Count.EqualTo(4));
            Assert.That(basic.Items.Select(a => a.Identifications), Is.All.Null);
            Assert.That(basic.Items.Select(a => a.Servicer), Is.All.Null);
            Assert.That(basic.Items.Select(a => a.Currency), Is.All.Not.Null, "Basic still has the account's own fields");
            Assert.That(detail.Items, Has.Count.EqualTo(4));
            Assert.That(detail.Items.Select(a => a.Identifications), Is.All.Not.Null.And.All.Not.Empty);
            Assert.That(detail.Items.Select(a => a.Servicer), Is.All.Not.Null);
        });
    }

    [Test]
    public async Task Beneficiaries_Basic_leave_out_the_creditor_account_Detail_has_it()
    {
        await using var bank = await TestBank.StartAsync();
        var basic = await Read(bank, [ObPermission.ReadBeneficiariesBasic], s => s.Client.Send(s.AccessToken, AccountInformation.Beneficiaries()).Right());
        var detail = await Read(bank, [ObPermission.ReadBeneficiariesDetail], s => s.Client.Send(s.AccessToken, AccountInformation.Beneficiaries()).Right());

        AssertDetailOnly(basic.Items, detail.Items, b => b.CreditorAccount, b => b.BeneficiaryId);
    }

    [Test]
    public async Task Standing_orders_Basic_leave_out_the_creditor_account_Detail_has_it()
    {
        await using var bank = await TestBank.StartAsync();
        var basic = await Read(bank, [ObPermission.ReadStandingOrdersBasic], s => s.Client.Send(s.AccessToken, AccountInformation.StandingOrders()).Right());
        var detail = await Read(bank, [ObPermission.ReadStandingOrdersDetail], s => s.Client.Send(s.AccessToken, AccountInformation.StandingOrders()).Right());

        AssertDetailOnly(basic.Items, detail.Items, o => o.CreditorAccount, o => o.StandingOrderId);
    }

    [Test]
    public async Task Scheduled_payments_Basic_leave_out_the_creditor_account_and_agent_Detail_has_them()
    {
        await using var bank = await TestBank.StartAsync();
        var basic = await Read(bank, [ObPermission.ReadScheduledPaymentsBasic], s => s.Client.Send(s.AccessToken, AccountInformation.ScheduledPayments()).Right(), "northwind");
        var detail = await Read(bank, [ObPermission.ReadScheduledPaymentsDetail], s => s.Client.Send(s.AccessToken, AccountInformation.ScheduledPayments()).Right(), "northwind");

        AssertDetailOnly(basic.Items, detail.Items, p => p.CreditorAccount, p => p.ScheduledPaymentId);
        Assert.That(basic.Items.Select(p => p.CreditorAgent), Is.All.Null);
        Assert.That(detail.Items.Single(p => p.ScheduledPaymentId == "3003-SP1").CreditorAgent?.Identification, Is.EqualTo("COBADEFFXXX"),
            "a payment leaving the UK names the creditor's bank with Detail");
    }

    [Test]
    public async Task Transactions_Basic_leave_out_information_balance_merchant_and_counterparty_Detail_has_them()
    {
        await using var bank = await TestBank.StartAsync();
        var basic = await Read(bank, AisSession.Transactions(detail: false), s => s.Client.Send(s.AccessToken, AccountInformation.Transactions()).Right(), windowFrom: AisSession.WindowFrom, windowTo: AisSession.WindowTo);
        var detail = await Read(bank, AisSession.Transactions(detail: true), s => s.Client.Send(s.AccessToken, AccountInformation.Transactions()).Right(), windowFrom: AisSession.WindowFrom, windowTo: AisSession.WindowTo);

        Assert.Multiple(() =>
        {
            Assert.That(basic.Items.Select(t => t.TransactionId), Is.EqualTo(detail.Items.Select(t => t.TransactionId)), "the same transactions");
            Assert.That(basic.Items.Select(t => t.TransactionInformation), Is.All.Null);
            Assert.That(basic.Items.Select(t => t.Balance), Is.All.Null);
            Assert.That(basic.Items.Select(t => t.MerchantDetails), Is.All.Null);
            Assert.That(basic.Items.Select(t => t.CreditorAccount ?? t.DebtorAccount), Is.All.Null);
            Assert.That(detail.Items.Select(t => t.TransactionInformation), Is.All.Not.Null);
            Assert.That(detail.Items.Select(t => t.Balance), Is.All.Not.Null);
            Assert.That(detail.Items.Where(t => t.MerchantDetails is not null), Is.Not.Empty);
            Assert.That(detail.Items.Where(t => t.CreditorAccount is not null || t.DebtorAccount is not null), Is.Not.Empty);
        });
    }

    [TestCase(ObPermission.ReadTransactionsCredits, CreditDebitIndicator.Credit)]
    [TestCase(ObPermission.ReadTransactionsDebits, CreditDebitIndicator.Debit)]
    public async Task Transactions_are_only_the_credits_or_debits_the_consent_grants(string permission, CreditDebitIndicator shown)
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadTransactionsDetail, permission], windowFrom: October, windowTo: EndOfOctober);

        var all = await s.Client.ReadAll(s.AccessToken, AccountInformation.Transactions(new TransactionQuery("1001"))).Right();

        Assert.That(all, Is.Not.Empty);
        Assert.That(all.Select(t => t.CreditDebitIndicator), Is.All.EqualTo(shown));
    }

    [Test]
    public async Task Statements_Basic_leave_out_the_statement_amounts_Detail_has_them()
    {
        await using var bank = await TestBank.StartAsync();
        var basic = await Read(bank, [ObPermission.ReadStatementsBasic], s => s.Client.Send(s.AccessToken, AccountInformation.Statements()).Right());
        var detail = await Read(bank, [ObPermission.ReadStatementsDetail], s => s.Client.Send(s.AccessToken, AccountInformation.Statements()).Right());

        AssertDetailOnly(basic.Items, detail.Items, x => x.StatementAmount, x => x.StatementId);
        Assert.That(detail.Items.Select(x => x.StatementAmount), Is.All.Not.Empty);
    }

    [Test]
    public async Task Statement_interest_rate_is_a_fraction_as_OBRate1_1_defines_it()
    {
        // OBStatement2.StatementInterest[].Rate is an OBRate1_1: "a percentage (e.g. 0.05 represents 5% and 0.9525
        // represents 95.25%)". A savings account's monthly interest at a few percent a year is a Rate well below 1.
        await using var bank = await TestBank.StartAsync();
        var statement = await Read(bank, [ObPermission.ReadStatementsBasic], s => s.Client.Send(s.AccessToken, AccountInformation.Statement("1002", "1002-S202609")).Right());

        var rate = statement.StatementInterest!.Single().Rate;

        Assert.That(rate, Is.GreaterThan(0m).And.LessThan(1m), "4.2% a year is 0.042, not 4.2");
    }

    // ---- ReadPAN ----

    [TestCase(false, "************1111", "************0123")]
    [TestCase(true, "5555444433331111", "4929123412340123")]
    public async Task Card_numbers_are_masked_without_ReadPAN_and_whole_with_it(bool readPan, string creditCard, string debitCard)
    {
        await using var bank = await TestBank.StartAsync();
        string[] permissions =
        [
            ObPermission.ReadAccountsDetail, ObPermission.ReadBeneficiariesDetail, ObPermission.ReadScheduledPaymentsDetail,
            ObPermission.ReadStandingOrdersDetail, .. AisSession.Transactions(detail: true), .. readPan ? [ObPermission.ReadPAN] : Array.Empty<string>(),
        ];
        var s = await AisSession.Authorise(bank, permissions, windowFrom: AisSession.WindowFrom, windowTo: AisSession.WindowTo);

        var card = await s.Client.Send(s.AccessToken, AccountInformation.Account("1004")).Right();
        var current = await s.Client.Send(s.AccessToken, AccountInformation.Account("1001")).Right();
        var beneficiaries = await s.Client.Send(s.AccessToken, AccountInformation.Beneficiaries("1001")).Right();
        var scheduled = await s.Client.Send(s.AccessToken, AccountInformation.ScheduledPayments("1001")).Right();
        var transactions = await s.Client.Send(s.AccessToken, AccountInformation.Transactions(new TransactionQuery("1001"))).Right();

        var cardPayments = transactions.Items.Where(t => t.CardInstrument is not null).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(card.Identifications!.Single(), Has.Property("SchemeName").EqualTo("UK.OBIE.PAN").And.Property("Identification").EqualTo(creditCard));
            Assert.That(current.Identifications!.Single().Identification, Is.EqualTo("60161331926819"), "an account number is never masked");
            Assert.That(beneficiaries.Items.Single(b => b.CreditorAccount?.SchemeName == "UK.OBIE.PAN").CreditorAccount!.Identification, Is.EqualTo(creditCard));
            Assert.That(scheduled.Items.Single(p => p.CreditorAccount?.SchemeName == "UK.OBIE.PAN").CreditorAccount!.Identification, Is.EqualTo(creditCard));
            Assert.That(cardPayments, Is.Not.Empty, "the window has card payments");
            Assert.That(cardPayments.Select(t => t.CardInstrument!.Identification), Is.All.EqualTo(debitCard));
        });
    }

    // ---- Paging ----

    [Test]
    public async Task ReadAll_over_many_small_pages_returns_every_transaction_once_in_order()
    {
        await using var bank = await TestBank.StartAsync(o => o with { PageSize = 7 });
        var s = await AisSession.Authorise(bank, AisSession.Transactions(detail: false), windowFrom: October, windowTo: EndOfOctober);
        var expected = SeedData.Bank.AccountsOf("amelia")
            .SelectMany(a => SeedData.Bank.Transactions[a.AccountId])
            .Where(t => t.BookingDateTime >= October && t.BookingDateTime <= EndOfOctober)
            .OrderByDescending(t => t.BookingDateTime).ThenBy(t => t.TransactionId, StringComparer.Ordinal)
            .Select(t => t.TransactionId).ToList();

        var pages = new List<ResourcePage<Transaction>>();
        await foreach (var page in s.Client.Pages(s.AccessToken, AccountInformation.Transactions()))
        {
            pages.Add(page.Right());
        }

        var all = await s.Client.ReadAll(s.AccessToken, AccountInformation.Transactions()).Right();

        Assert.Multiple(() =>
        {
            Assert.That(expected, Has.Count.GreaterThan(7 * 5), "many pages");
            Assert.That(pages, Has.Count.EqualTo((expected.Count + 6) / 7));
            Assert.That(pages.Select(p => p.Items.Count), Is.All.LessThanOrEqualTo(7));
            Assert.That(pages.Select(p => p.Meta?.TotalPages), Is.All.EqualTo(pages.Count));
            Assert.That(pages.SelectMany(p => p.Items).Select(t => t.TransactionId), Is.EqualTo(expected));
            Assert.That(all.Select(t => t.TransactionId), Is.EqualTo(expected), "every item once, in the bank's order");
        });
    }

    [Test]
    public async Task ReadAll_stops_at_the_page_limit_with_a_ValidationError()
    {
        await using var bank = await TestBank.StartAsync(o => o with { PageSize = 7 });
        var s = await AisSession.Authorise(bank, AisSession.Transactions(detail: false), windowFrom: October, windowTo: EndOfOctober);

        var error = await s.Client.ReadAll(s.AccessToken, AccountInformation.Transactions(), maxPages: 3).Left();

        Assert.That(error, Is.TypeOf<ValidationError>());
        Assert.That(error.Message, Does.Contain("more than 3 pages"));
    }

    [Test]
    public async Task ReadAll_of_a_statements_transactions_over_small_pages_returns_every_line_once_in_order()
    {
        await using var bank = await TestBank.StartAsync(o => o with { PageSize = 7 });
        var s = await AisSession.Authorise(bank, AisSession.Transactions(detail: true));
        var statement = SeedData.Bank.Statements.Single(x => x.StatementId == "1001-S202609");
        var expected = SeedData.Bank.TransactionsOn(statement)
            .OrderByDescending(t => t.BookingDateTime).ThenBy(t => t.TransactionId, StringComparer.Ordinal)
            .Select(t => t.TransactionId).ToList();

        var all = await s.Client.ReadAll(s.AccessToken, AccountInformation.StatementTransactions("1001", "1001-S202609")).Right();

        Assert.That(expected, Has.Count.GreaterThan(7 * 2), "several pages");
        Assert.That(all.Select(t => t.TransactionId), Is.EqualTo(expected));
    }

    [Test]
    public async Task Statements_are_filtered_by_fromStatementDateTime_and_toStatementDateTime()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadStatementsBasic]);

        var summer = await s.Client.Send(s.AccessToken, AccountInformation.Statements(new StatementQuery("1002",
            new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 8, 31, 23, 59, 59, TimeSpan.Zero)))).Right();

        Assert.That(summer.Items.Select(x => x.StatementId), Is.EqualTo(new[] { "1002-S202608", "1002-S202607", "1002-S202606" }), "newest first");
    }

    // ---- Statement file ----

    [Test]
    public async Task Statement_file_is_a_PDF_unless_CSV_is_asked_for()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadStatementsDetail]);

        var pdf = await s.Client.Send(s.AccessToken, AccountInformation.StatementFile("1001", "1001-S202609")).Right();
        var csv = await s.Client.Send(s.AccessToken, AccountInformation.StatementFile("1001", "1001-S202609", "text/csv")).Right();

        Assert.Multiple(() =>
        {
            Assert.That(pdf.MediaType, Is.EqualTo(StatementFile.Pdf));
            Assert.That(Encoding.ASCII.GetString(pdf.Content.AsSpan()[..5]), Is.EqualTo("%PDF-"));
            Assert.That(csv.MediaType, Does.StartWith("text/csv"));
            Assert.That(Encoding.UTF8.GetString(csv.Content.AsSpan()), Does.Contain("1001-").And.Not.Contain("%PDF"));
        });
    }

    [TestCase(false, "************1111")]
    [TestCase(true, "5555444433331111")]
    public async Task Statement_file_of_a_card_masks_its_number_without_ReadPAN(bool readPan, string number)
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, readPan ? [ObPermission.ReadStatementsDetail, ObPermission.ReadPAN] : [ObPermission.ReadStatementsDetail]);

        var pdf = await s.Client.Send(s.AccessToken, AccountInformation.StatementFile("1004", "1004-S202609")).Right();

        var text = Encoding.ASCII.GetString(pdf.Content.AsSpan());
        Assert.That(text, Does.Contain(number));
        Assert.That(text, readPan ? Does.Not.Contain("************1111") : Does.Not.Contain("5555444433331111"));
    }

    [Test]
    public async Task Statement_file_needs_ReadStatementsDetail()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadStatementsBasic]);

        var error = await s.Client.Send(s.AccessToken, AccountInformation.StatementFile("1001", "1001-S202609")).Left();

        Assert.That(error, Is.TypeOf<ApiError>().With.Property("Status").EqualTo(403));
    }

    // ---- Errors ----

    [Test]
    public async Task An_account_outside_the_consent_is_a_403_ConsentMismatch()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadAccountsDetail, ObPermission.ReadBalances], accounts: ["1001"]);

        var notSelected = await s.Client.Send(s.AccessToken, AccountInformation.Balances("1002")).Left();
        var someoneElses = await s.Client.Send(s.AccessToken, AccountInformation.Account("2001")).Left();

        AssertApiErrors(403, "UK.OBIE.Resource.ConsentMismatch", notSelected, someoneElses);
    }

    [Test]
    public async Task A_statement_outside_the_consents_period_is_a_403_ConsentMismatch()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadStatementsDetail, .. AisSession.Transactions(detail: true)],
            windowFrom: new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), windowTo: new DateTimeOffset(2026, 9, 30, 23, 59, 59, TimeSpan.Zero));

        var statement = await s.Client.Send(s.AccessToken, AccountInformation.Statement("1001", "1001-S202608")).Left();
        var file = await s.Client.Send(s.AccessToken, AccountInformation.StatementFile("1001", "1001-S202608")).Left();
        var lines = await s.Client.Send(s.AccessToken, AccountInformation.StatementTransactions("1001", "1001-S202608")).Left();

        AssertApiErrors(403, "UK.OBIE.Resource.ConsentMismatch", statement, file, lines);
    }

    [Test]
    public async Task An_unknown_account_or_statement_is_a_400_NotFound()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadAccountsDetail, ObPermission.ReadDirectDebits, ObPermission.ReadStatementsDetail]);

        var account = await s.Client.Send(s.AccessToken, AccountInformation.Account("9999")).Left();
        var debits = await s.Client.Send(s.AccessToken, AccountInformation.DirectDebits("9999")).Left();
        var statement = await s.Client.Send(s.AccessToken, AccountInformation.Statement("1001", "1001-S199901")).Left();

        AssertApiErrors(400, "UK.OBIE.Resource.NotFound", account, debits, statement);
    }

    [Test]
    public async Task A_missing_permission_is_a_403()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadAccountsBasic]);

        var beneficiaries = await s.Client.Send(s.AccessToken, AccountInformation.Beneficiaries()).Left();
        var party = await s.Client.Send(s.AccessToken, AccountInformation.Party()).Left();
        var transactions = await s.Client.Send(s.AccessToken, AccountInformation.Transactions()).Left();

        Assert.Multiple(() =>
        {
            Assert.That(beneficiaries, Is.TypeOf<ApiError>().With.Property("Status").EqualTo(403));
            Assert.That(party, Is.TypeOf<ApiError>().With.Property("Status").EqualTo(403));
            Assert.That(transactions, Is.TypeOf<ApiError>().With.Property("Status").EqualTo(403));
        });
    }

    private static void AssertApiErrors(int status, string errorCode, params OpenBankingError[] errors) =>
        Assert.Multiple(() =>
        {
            foreach (var error in errors)
            {
                Assert.That(error, Is.TypeOf<ApiError>().With.Property("Status").EqualTo(status), error.Message);
                Assert.That(error is ApiError api && api.Has(errorCode), Is.True, error.Message);
            }
        });

    private static async Task<T> Read<T>(
        TestBank bank, IReadOnlyList<string> permissions, Func<AisSession, Task<T>> read, string psu = "amelia",
        DateTimeOffset? windowFrom = null, DateTimeOffset? windowTo = null) =>
        await read(await AisSession.Authorise(bank, permissions, psu, windowFrom, windowTo));

    private static void AssertDetailOnly<T, TField>(IReadOnlyList<T> basic, IReadOnlyList<T> detail, Func<T, TField?> field, Func<T, string?> id)
        where TField : class =>
        Assert.Multiple(() =>
        {
            Assert.That(basic, Is.Not.Empty);
            Assert.That(basic.Select(id), Is.EqualTo(detail.Select(id)), "the same records");
            Assert.That(basic.Select(field), Is.All.Null, "Basic");
            Assert.That(detail.Select(field), Is.All.Not.Null, "Detail");
        });
}
