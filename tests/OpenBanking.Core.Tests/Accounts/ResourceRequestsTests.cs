using OpenBanking.Core.Api;
using LanguageExt;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Accounts;

/// <summary>The builders of every Account and Transaction API v3.1.11 operation.</summary>
public class ResourceRequestsTests
{
    private const string BasePath = "/open-banking/v3.1/aisp";
    private const string Base = $"https://rs.aspsp.example.com{BasePath}";

    /// <summary>The 29 operations of the v3.1.11 OpenAPI file's <c>paths</c>, as method and template.</summary>
    private static readonly string[] SpecOperations =
    [
        "POST /account-access-consents", "GET /account-access-consents/{ConsentId}", "DELETE /account-access-consents/{ConsentId}",
        "GET /accounts", "GET /accounts/{AccountId}", "GET /accounts/{AccountId}/balances", "GET /accounts/{AccountId}/beneficiaries",
        "GET /accounts/{AccountId}/direct-debits", "GET /accounts/{AccountId}/offers", "GET /accounts/{AccountId}/parties",
        "GET /accounts/{AccountId}/party", "GET /accounts/{AccountId}/product", "GET /accounts/{AccountId}/scheduled-payments",
        "GET /accounts/{AccountId}/standing-orders", "GET /accounts/{AccountId}/statements", "GET /accounts/{AccountId}/statements/{StatementId}",
        "GET /accounts/{AccountId}/statements/{StatementId}/file", "GET /accounts/{AccountId}/statements/{StatementId}/transactions",
        "GET /accounts/{AccountId}/transactions", "GET /balances", "GET /beneficiaries", "GET /direct-debits", "GET /offers", "GET /party",
        "GET /products", "GET /scheduled-payments", "GET /standing-orders", "GET /statements", "GET /transactions",
    ];

    private static readonly ValidatedApiConfig Config = TestConfig.Valid();

    /// <summary>Every builder, called with AccountId A-1, StatementId S-1 and ConsentId C-1.</summary>
    private static IEnumerable<Either<OpenBankingError, HttpRequestSpec>> EveryBuilder()
    {
        var c = Config;
        const string t = "t";
        const string i = "iid";
        yield return AccountInformation.CreateConsent(new AccountAccessConsentRequest([ObPermission.ReadAccountsBasic])).Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.GetConsent("C-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.DeleteConsent("C-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Accounts().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Account("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Balances().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Balances("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Transactions(TransactionQuery.All).Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Transactions(new TransactionQuery("A-1")).Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Beneficiaries().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Beneficiaries("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.DirectDebits().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.DirectDebits("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Offers().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Offers("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Party().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Party("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Parties("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Products().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Products("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.ScheduledPayments().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.ScheduledPayments("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.StandingOrders().Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.StandingOrders("A-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Statements(StatementQuery.All).Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Statements(new StatementQuery("A-1")).Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Statement("A-1", "S-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.StatementFile("A-1", "S-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
        yield return AccountInformation.StatementTransactions("A-1", "S-1").Build(new CallContext(c, t, i, DateTimeOffset.UnixEpoch));
    }

    /// <summary>Every builder that takes an account id, called with <paramref name="accountId"/>.</summary>
    private static IEnumerable<Either<OpenBankingError, HttpRequestSpec>> PerAccountBuilders(string accountId)
    {
        var c = Config;
        yield return AccountInformation.Account(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Balances(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Transactions(new TransactionQuery(accountId)).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Beneficiaries(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.DirectDebits(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Offers(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Party(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Parties(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Products(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.ScheduledPayments(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.StandingOrders(accountId).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Statements(new StatementQuery(accountId)).Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.Statement(accountId, "S-1").Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.StatementFile(accountId, "S-1").Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
        yield return AccountInformation.StatementTransactions(accountId, "S-1").Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch));
    }

    [Test]
    public void Every_operation_of_the_spec_has_a_builder_and_no_builder_invents_one()
    {
        var built = EveryBuilder()
            .Select(b => b.Right())
            .Select(r => $"{r.Method.Method} {r.Uri.AbsolutePath[BasePath.Length..].Replace("/A-1", "/{AccountId}", StringComparison.Ordinal).Replace("/S-1", "/{StatementId}", StringComparison.Ordinal).Replace("/C-1", "/{ConsentId}", StringComparison.Ordinal)}")
            .ToList();

        Assert.That(built, Is.EquivalentTo(SpecOperations));
        Assert.That(built, Is.Unique);
    }

    [Test]
    public void Every_resource_request_asks_for_json_except_the_statement_file()
    {
        var accepts = EveryBuilder().Select(b => b.Right()).Where(r => r.Method == HttpMethod.Get)
            .ToLookup(r => r.Uri.AbsolutePath.EndsWith("/file", StringComparison.Ordinal), r => r.Header("Accept"));

        Assert.That(accepts[false], Is.All.EqualTo("application/json"));
        Assert.That(accepts[false].Count(), Is.EqualTo(26));
        Assert.That(accepts[true], Is.EqualTo(new[] { "application/pdf" }));
    }

    [Test]
    public void Every_operation_has_its_own_name()
    {
        var names = EveryBuilder().Select(b => b.Right().Operation).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Does.Contain("GET account statement file").And.Contain("GET direct-debits").And.Contain("GET account parties"));
    }

    [Test]
    public void Every_per_account_request_escapes_the_account_id()
    {
        var paths = PerAccountBuilders("a b/c").Select(b => b.Right().Uri.AbsoluteUri).ToList();

        Assert.That(paths, Has.Count.EqualTo(15).And.All.StartWith($"{Base}/accounts/a%20b%2Fc"));
    }

    [TestCase("")]
    [TestCase(" ")]
    public void Every_per_account_request_refuses_an_empty_account_id(string accountId)
    {
        var checks = PerAccountBuilders(accountId).Select(b => b.LeftOf<ValidationError, HttpRequestSpec>().Check).ToList();

        Assert.That(checks, Has.Count.EqualTo(15).And.All.EqualTo("account_id"));
    }

    [Test]
    public void Statement_requests_escape_the_statement_id_and_refuse_an_empty_one()
    {
        var c = Config;

        Assert.That(AccountInformation.StatementTransactions("22289", "2017/08 #1").Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch)).Right().Uri.AbsoluteUri,
            Is.EqualTo($"{Base}/accounts/22289/statements/2017%2F08%20%231/transactions"));
        Assert.That(new[]
        {
            AccountInformation.Statement("22289", "").Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch)),
            AccountInformation.StatementFile("22289", " ").Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch)),
            AccountInformation.StatementTransactions("22289", "").Build(new CallContext(c, "t", "iid", DateTimeOffset.UnixEpoch)),
        }.Select(r => r.LeftOf<ValidationError, HttpRequestSpec>().Check), Is.All.EqualTo("statement_id"));
    }

    [Test]
    public void Statements_are_filtered_by_statement_dates_in_utc_without_a_zone()
    {
        var query = new StatementQuery("22289", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero));

        var request = AccountInformation.Statements(query).Build(new CallContext(Config, "t", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo(
            $"{Base}/accounts/22289/statements?fromStatementDateTime=2025-12-31T22%3A00%3A00&toStatementDateTime=2026-06-30T00%3A00%3A00"));
        Assert.That(request.Operation, Is.EqualTo("GET account statements"));
    }

    [Test]
    public void Statement_dates_the_wrong_way_round_are_refused()
    {
        var now = DateTimeOffset.UnixEpoch;

        var error = AccountInformation.Statements(new StatementQuery(null, now.AddDays(1), now)).Build(new CallContext(Config, "t", "iid", DateTimeOffset.UnixEpoch)).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Check, Is.EqualTo("statements.statement_dates"));
        Assert.That(error.Detail, Is.EqualTo("fromStatementDateTime is after toStatementDateTime"));
    }

    [Test]
    public void Booking_dates_the_wrong_way_round_keep_their_check_name()
    {
        var now = DateTimeOffset.UnixEpoch;

        var error = AccountInformation.Transactions(new TransactionQuery(null, now.AddDays(1), now)).Build(new CallContext(Config, "t", "iid", DateTimeOffset.UnixEpoch)).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Check, Is.EqualTo("transactions.booking_dates"));
        Assert.That(error.Detail, Is.EqualTo("fromBookingDateTime is after toBookingDateTime"));
    }

    [TestCase("image/png")]
    [TestCase("application/pdf, */*;q=0.1")]
    public void A_statement_file_is_asked_for_in_the_format_given(string accept)
    {
        var request = AccountInformation.StatementFile("22289", "8001", accept).Build(new CallContext(Config, "t", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(request.Header("Accept"), Is.EqualTo(accept));
    }

    [TestCase("")]
    [TestCase("pdf")]
    [TestCase("application/pdf,")]
    [TestCase("application/pdf\r\nX-Injected: 1")]
    public void A_statement_file_format_that_is_not_a_media_range_list_is_refused(string accept)
    {
        var error = AccountInformation.StatementFile("22289", "8001", accept).Build(new CallContext(Config, "t", "iid", DateTimeOffset.UnixEpoch)).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Check, Is.EqualTo("accept"));
    }

    [TestCase("?page=3", "https://rs.aspsp.example.com/open-banking/v3.1/aisp/accounts/22289/transactions?page=3")]
    [TestCase("transactions?page=3", "https://rs.aspsp.example.com/open-banking/v3.1/aisp/accounts/22289/transactions?page=3")]
    [TestCase("/open-banking/v3.1/aisp/transactions?page=3", "https://rs.aspsp.example.com/open-banking/v3.1/aisp/transactions?page=3")]
    [TestCase("https://rs.aspsp.example.com/x?page=3", "https://rs.aspsp.example.com/x?page=3")]
    public void A_relative_next_link_resolves_against_the_page_that_carried_it(string link, string expected)
    {
        var page = new Uri($"{Base}/accounts/22289/transactions?page=2");

        var request = NextPage.Of(AccountInformation.Transactions(), link, page).Build(new CallContext(Config, "t", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo(expected));
    }

    [Test]
    public void A_relative_next_link_to_another_origin_is_still_refused()
    {
        var page = new Uri($"{Base}/transactions?page=2");

        var error = NextPage.Of(AccountInformation.Transactions(), "//evil.example.com/transactions?page=3", page).Build(new CallContext(Config, "t", "iid", DateTimeOffset.UnixEpoch)).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Detail, Does.Contain("https://evil.example.com"));
    }
}
