using System.Text;
using ApprovalTests;
using ApprovalTests.Reporters;
using MockAspsp.TestSupport;
using NUnit.Framework;
using LanguageExt;
using MockAspsp.Seed;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Protocol;
using OpenBanking.TestSupport;
using OpenBanking.Core.Api;

namespace MockAspsp.Tests.EndToEnd.Resources;

/// <summary>
/// Every Account and Transaction API read, through the library's typed method, against the in-memory mock bank: a
/// consent with the permissions it needs is authorised (BeginAccountAccess → headless approval → CompleteAccountAccess),
/// then the typed result is approved, one file per resource group. The three account-access-consents operations (POST,
/// GET, DELETE) are driven and approved by <see cref="EndToEndFlowTests"/> (BeginAccountAccess, FlowScript's
/// DeleteConsent) and the consent read below.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class ResourceSnapshotTests
{
    private static readonly DateTimeOffset WindowFrom = AisSession.WindowFrom;
    private static readonly DateTimeOffset WindowTo = AisSession.WindowTo;

    [Test]
    public async Task Accounts()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadAccountsDetail]);

        var all = await s.Client.Send(s.AccessToken, AccountInformation.Accounts()).Right();
        var one = await s.Client.Send(s.AccessToken, AccountInformation.Account("1002")).Right();

        Assert.That(all.Items.Select(a => a.AccountId), Is.EqualTo(new[] { "1001", "1002", "1003", "1004" }));
        Assert.That(one.AccountId, Is.EqualTo("1002"));
        Approvals.Verify(new TypedSnapshot()
            .Add("client.Accounts(token)", all)
            .Add("client.Account(token, \"1002\")", one).ToString());
    }

    [Test]
    public async Task Balances() =>
        Approvals.Verify(await AllAndOne([ObPermission.ReadBalances], "amelia", "1004", b => b.AccountId,
            ("Balances", (c, t) => c.Send(t, AccountInformation.Balances())), ("AccountBalances", (c, t, id) => c.Send(t, AccountInformation.Balances(id)))));

    [Test]
    public async Task Transactions()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, AisSession.Transactions(detail: true), windowFrom: WindowFrom, windowTo: WindowTo);

        var all = await s.Client.Send(s.AccessToken, AccountInformation.Transactions()).Right();
        var one = await s.Client.Send(s.AccessToken, AccountInformation.Transactions(new TransactionQuery("1001", WindowFrom.AddDays(1), WindowTo))).Right();

        Assert.That(all.Items, Is.Not.Empty);
        Assert.That(all.Items.Select(t => t.BookingDateTime), Is.All.InRange(WindowFrom, WindowTo), "the consent's window");
        Assert.That(one.Items.Select(t => t.AccountId), Is.All.EqualTo("1001"));
        Assert.That(one.Items.Select(t => t.BookingDateTime), Is.All.InRange(WindowFrom.AddDays(1), WindowTo), "the query's window");
        Approvals.Verify(new TypedSnapshot()
            .Add("client.Transactions(token)", all)
            .Add("client.Transactions(token, new TransactionQuery(\"1001\", 2026-10-21, 2026-10-22T23:59:59Z))", one).ToString());
    }

    [Test]
    public async Task Beneficiaries() =>
        Approvals.Verify(await AllAndOne([ObPermission.ReadBeneficiariesDetail], "amelia", "1001", b => b.AccountId,
            ("Beneficiaries", (c, t) => c.Send(t, AccountInformation.Beneficiaries())), ("AccountBeneficiaries", (c, t, id) => c.Send(t, AccountInformation.Beneficiaries(id)))));

    [Test]
    public async Task Direct_debits() =>
        Approvals.Verify(await AllAndOne([ObPermission.ReadDirectDebits], "oliver", "2001", d => d.AccountId,
            ("DirectDebits", (c, t) => c.Send(t, AccountInformation.DirectDebits())), ("AccountDirectDebits", (c, t, id) => c.Send(t, AccountInformation.DirectDebits(id)))));

    [Test]
    public async Task Standing_orders() =>
        Approvals.Verify(await AllAndOne([ObPermission.ReadStandingOrdersDetail], "northwind", "3001", o => o.AccountId,
            ("StandingOrders", (c, t) => c.Send(t, AccountInformation.StandingOrders())), ("AccountStandingOrders", (c, t, id) => c.Send(t, AccountInformation.StandingOrders(id)))));

    [Test]
    public async Task Scheduled_payments() =>
        Approvals.Verify(await AllAndOne([ObPermission.ReadScheduledPaymentsDetail], "northwind", "3003", p => p.AccountId,
            ("ScheduledPayments", (c, t) => c.Send(t, AccountInformation.ScheduledPayments())), ("AccountScheduledPayments", (c, t, id) => c.Send(t, AccountInformation.ScheduledPayments(id)))));

    [Test]
    public async Task Offers() =>
        Approvals.Verify(await AllAndOne([ObPermission.ReadOffers], "amelia", "1004", o => o.AccountId,
            ("Offers", (c, t) => c.Send(t, AccountInformation.Offers())), ("AccountOffers", (c, t, id) => c.Send(t, AccountInformation.Offers(id)))));

    [Test]
    public async Task Products() =>
        Approvals.Verify(await AllAndOne([ObPermission.ReadProducts], "oliver", "2002", p => p.AccountId,
            ("Products", (c, t) => c.Send(t, AccountInformation.Products())), ("AccountProduct", (c, t, id) => c.Send(t, AccountInformation.Products(id)))));

    [Test]
    public async Task Parties()
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, [ObPermission.ReadAccountsBasic, ObPermission.ReadParty, ObPermission.ReadPartyPSU], psu: "northwind");

        var psu = await s.Client.Send(s.AccessToken, AccountInformation.Party()).Right();
        var holder = await s.Client.Send(s.AccessToken, AccountInformation.Party("3001")).Right();
        var parties = await s.Client.Send(s.AccessToken, AccountInformation.Parties("3001")).Right();

        Assert.That(psu.Items, Has.Count.EqualTo(1));
        Assert.That(holder.Items, Has.Count.EqualTo(1));
        Assert.That(parties.Items, Is.Not.Empty);
        Approvals.Verify(new TypedSnapshot()
            .Add("client.Party(token)", psu)
            .Add("client.AccountParty(token, \"3001\")", holder)
            .Add("client.AccountParties(token, \"3001\")", parties).ToString());
    }

    [Test]
    public async Task Statements()
    {
        await using var bank = await TestBank.StartAsync();
        // September 2026: one monthly statement per account.
        var s = await AisSession.Authorise(bank, [ObPermission.ReadStatementsDetail, .. AisSession.Transactions(detail: true)],
            windowFrom: new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), windowTo: new DateTimeOffset(2026, 9, 30, 23, 59, 59, TimeSpan.Zero));

        var all = await s.Client.Send(s.AccessToken, AccountInformation.Statements()).Right();
        var ofAccount = await s.Client.Send(s.AccessToken, AccountInformation.Statements(new StatementQuery("1002"))).Right();
        var one = await s.Client.Send(s.AccessToken, AccountInformation.Statement("1002", "1002-S202609")).Right();
        var transactions = await s.Client.Send(s.AccessToken, AccountInformation.StatementTransactions("1002", "1002-S202609")).Right();
        var csv = await s.Client.Send(s.AccessToken, AccountInformation.StatementFile("1002", "1002-S202609", "text/csv")).Right();

        Assert.That(all.Items.Select(x => x.StatementId), Is.EquivalentTo(new[] { "1001-S202609", "1002-S202609", "1003-S202609", "1004-S202609" }));
        Assert.That(ofAccount.Items.Select(x => x.StatementId), Is.EqualTo(new[] { "1002-S202609" }));
        Assert.That(one.StatementId, Is.EqualTo("1002-S202609"));
        Assert.That(transactions.Items.Select(t => t.BookingDateTime.Month), Is.All.EqualTo(9));
        Approvals.Verify(new TypedSnapshot()
            .Add("client.Statements(token)", all)
            .Add("client.Statements(token, new StatementQuery(\"1002\"))", ofAccount)
            .Add("client.Statement(token, \"1002\", \"1002-S202609\")", one)
            .Add("client.StatementTransactions(token, \"1002\", \"1002-S202609\")", transactions)
            .Add("client.StatementFile(token, \"1002\", \"1002-S202609\", \"text/csv\")", new { csv.MediaType, csv.FileName, Bytes = csv.Content.Count })
            .AddText("its Content", Encoding.UTF8.GetString(csv.Content.AsSpan())).ToString());
    }

    [Test]
    public async Task Consent_read()
    {
        await using var bank = await TestBank.StartAsync();
        var http = bank.Interpreter(bank.Transport);
        var client = bank.Library("obfx-demo-private-key-jwt", http);
        var pending = await client.BeginAccountAccess(new OpenBanking.Core.Consents.AccountAccessConsentRequest(
            [ObPermission.ReadAccountsBasic, ObPermission.ReadOffers], TestBank.Start.AddDays(90))).Right();
        await http.Send(Headless.Approval(pending.ConsentUrl.Url, "amelia")).Right();

        var read = await client.GetConsent(pending.ClientToken.AccessToken, pending.ConsentId).Right();

        Assert.That(read.Status.ToString(), Is.EqualTo("Authorised"));
        Approvals.Verify(new TypedSnapshot().Add("client.GetConsent(clientToken, consentId)", read).ToString());
    }

    /// <summary>
    /// The bulk read and the per-account read of one resource for <paramref name="psu"/>'s consent, rendered: every bulk
    /// item belongs to one of the PSU's accounts, and the per-account read is exactly the bulk items of that account.
    /// </summary>
    private static async Task<string> AllAndOne<T>(
        string[] permissions, string psu, string accountId, Func<T, string?> accountOf,
        (string Name, Func<AccountInformationClient, string, EitherAsync<OpenBankingError, ResourcePage<T>>> Read) all,
        (string Name, Func<AccountInformationClient, string, string, EitherAsync<OpenBankingError, ResourcePage<T>>> Read) one)
    {
        await using var bank = await TestBank.StartAsync();
        var s = await AisSession.Authorise(bank, permissions, psu);

        var allPage = await all.Read(s.Client, s.AccessToken).Right();
        var onePage = await one.Read(s.Client, s.AccessToken, accountId).Right();

        var accounts = SeedData.Bank.AccountsOf(psu).Select(a => a.AccountId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(allPage.Items, Is.Not.Empty);
            Assert.That(allPage.Items.Select(accountOf), Is.All.AnyOf([.. accounts]), "only the PSU's accounts");
            Assert.That(onePage.Items, Is.Not.Empty);
            Assert.That(onePage.Items, Is.EqualTo(allPage.Items.Where(item => accountOf(item) == accountId)), "the account's items of the bulk read");
        });
        return new TypedSnapshot()
            .Add($"client.{all.Name}(token)", allPage)
            .Add($"client.{one.Name}(token, \"{accountId}\")", onePage).ToString();
    }
}
