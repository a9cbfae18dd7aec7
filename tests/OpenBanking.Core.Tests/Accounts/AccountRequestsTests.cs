using OpenBanking.Core.Api;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Accounts;

public class AccountRequestsTests
{
    private const string Base = "https://rs.aspsp.example.com/open-banking/v3.1/aisp";

    [Test]
    public void Resource_requests_carry_the_bearer_token_accept_and_a_fresh_interaction_id_and_nothing_optional()
    {
        var request = AccountInformation.Accounts().Build(new CallContext(TestConfig.Valid(), "access-token", "iid-7", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(request.Headers, Is.EqualTo(new[]
        {
            KeyValuePair.Create("Authorization", "Bearer access-token"),
            KeyValuePair.Create("Accept", "application/json"),
            KeyValuePair.Create("x-fapi-interaction-id", "iid-7"),
        }));
        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo($"{Base}/accounts"));
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Get));
    }

    [Test]
    public void The_customer_headers_are_sent_when_the_psu_is_present()
    {
        var customer = new CustomerContext(new DateTimeOffset(2017, 9, 10, 20, 43, 31, TimeSpan.FromHours(1)), "104.25.212.99", "Mozilla/5.0");

        var request = AccountInformation.Balances().Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch, customer)).Right();

        Assert.Multiple(() =>
        {
            Assert.That(request.Header("x-fapi-auth-date"), Is.EqualTo("Sun, 10 Sep 2017 19:43:31 GMT"));
            Assert.That(request.Header("x-fapi-customer-ip-address"), Is.EqualTo("104.25.212.99"));
            Assert.That(request.Header("x-customer-user-agent"), Is.EqualTo("Mozilla/5.0"));
        });
    }

    [Test]
    public void The_financial_id_is_sent_only_when_configured()
    {
        var withId = TestConfig.Validated(TestConfig.Raw() with { FapiFinancialId = "0012300001041ABCD" });

        Assert.That(AccountInformation.Accounts().Build(new CallContext(withId, "t", "iid", DateTimeOffset.UnixEpoch)).Right().Header("x-fapi-financial-id"), Is.EqualTo("0012300001041ABCD"));
        Assert.That(AccountInformation.Accounts().Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch)).Right().Header("x-fapi-financial-id"), Is.Null);
    }

    [Test]
    public void Per_account_requests_escape_the_account_id()
    {
        var config = TestConfig.Valid();

        Assert.That(AccountInformation.Account("22289").Build(new CallContext(config, "t", "iid", DateTimeOffset.UnixEpoch)).Right().Uri.AbsoluteUri, Is.EqualTo($"{Base}/accounts/22289"));
        Assert.That(AccountInformation.Balances("a b/c").Build(new CallContext(config, "t", "iid", DateTimeOffset.UnixEpoch)).Right().Uri.AbsoluteUri, Is.EqualTo($"{Base}/accounts/a%20b%2Fc/balances"));
        Assert.That(AccountInformation.Account("").Build(new CallContext(config, "t", "iid", DateTimeOffset.UnixEpoch)).LeftOf<ValidationError, HttpRequestSpec>().Check, Is.EqualTo("account_id"));
    }

    [Test]
    public void Transactions_are_filtered_by_booking_dates_in_utc_without_a_zone()
    {
        var query = new TransactionQuery("22289",
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2026, 3, 31, 23, 59, 59, TimeSpan.Zero));

        var request = AccountInformation.Transactions(query).Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo(
            $"{Base}/accounts/22289/transactions?fromBookingDateTime=2025-12-31T23%3A00%3A00&toBookingDateTime=2026-03-31T23%3A59%3A59"));
        Assert.That(request.Operation, Is.EqualTo("GET account transactions"));
    }

    [Test]
    public void Bulk_transactions_without_filters_have_no_query()
    {
        var request = AccountInformation.Transactions(TransactionQuery.All).Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo($"{Base}/transactions"));
    }

    [Test]
    public void Booking_dates_the_wrong_way_round_are_refused()
    {
        var now = DateTimeOffset.UnixEpoch;

        var error = AccountInformation.Transactions(new TransactionQuery(null, now.AddDays(1), now)).Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch)).Left();

        Assert.That(error, Is.TypeOf<ValidationError>());
    }

    [Test]
    public void The_api_base_path_is_configurable()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { AispBasePath = "/open-banking/v4.0/aisp", ResourceEndpoint = "https://rs.aspsp.example.com/api/" });

        Assert.That(AccountInformation.Accounts().Build(new CallContext(config, "t", "iid", DateTimeOffset.UnixEpoch)).Right().Uri.AbsoluteUri, Is.EqualTo("https://rs.aspsp.example.com/api/open-banking/v4.0/aisp/accounts"));
    }

    [TestCase("https://rs.aspsp.example.com/open-banking/v3.1/aisp/transactions?page=2", "https://rs.aspsp.example.com/open-banking/v3.1/aisp/transactions?page=2")]
    [TestCase("/open-banking/v3.1/aisp/transactions?page=3", "https://rs.aspsp.example.com/open-banking/v3.1/aisp/transactions?page=3")]
    public void Next_links_may_be_absolute_or_relative(string link, string expected)
    {
        var request = NextPage.Of(AccountInformation.Accounts(), link).Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(request.Uri.AbsoluteUri, Is.EqualTo(expected));
        Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer t"));
    }

    [TestCase("https://evil.example.com/steal?page=2")]
    [TestCase("http://rs.aspsp.example.com/open-banking/v3.1/aisp/transactions?page=2")]
    [TestCase("https://rs.aspsp.example.com:8443/transactions?page=2")]
    public void A_next_link_to_another_origin_is_refused_so_the_token_stays_with_its_bank(string link)
    {
        var error = NextPage.Of(AccountInformation.Accounts(), link).Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch)).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Check, Is.EqualTo("links.next"));
    }

    [TestCase("Mozilla/5.0\r\nX-Injected: 1", null, "x-customer-user-agent")]
    [TestCase("Mozilla/5.0 (Ünïcode)", null, "x-customer-user-agent")]
    [TestCase(null, "not-an-ip", "x-fapi-customer-ip-address")]
    [TestCase(null, "10.0.0.1\r\nX-Injected: 1", "x-fapi-customer-ip-address")]
    public void Customer_values_that_cannot_be_header_values_are_refused(string? userAgent, string? ip, string header)
    {
        var customer = new CustomerContext(IpAddress: ip, UserAgent: userAgent);

        var error = AccountInformation.Accounts().Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch, customer)).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Check, Is.EqualTo("customer"));
        Assert.That(error.Detail, Does.StartWith(header).And.Not.Contain("\r"));
    }

    [Test]
    public void An_ipv6_customer_address_is_accepted()
    {
        var request = AccountInformation.Accounts().Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch, new CustomerContext(IpAddress: "2001:db8::1"))).Right();

        Assert.That(request.Header("x-fapi-customer-ip-address"), Is.EqualTo("2001:db8::1"));
    }

    [Test]
    public void A_token_with_a_line_break_never_becomes_a_header()
    {
        var error = AccountInformation.Accounts().Build(new CallContext(TestConfig.Valid(), "token\r\nX-Injected: 1", "iid", DateTimeOffset.UnixEpoch)).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Check, Is.EqualTo("headers"));
        Assert.That(error.Detail, Does.Contain("'Authorization'").And.Not.Contain("token"));
    }
}
