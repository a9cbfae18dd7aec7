using OpenBanking.Core.Api;
using ApprovalTests;
using LanguageExt;
using ApprovalTests.Reporters;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Snapshots;

/// <summary>
/// The request description of every step, approved as a file beside this class. Time is fixed and ids
/// are sequential, so only the (randomised) PS256 signatures vary; they are scrubbed, and JWTs are
/// decoded so a reviewer reads their header and claims.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class RequestSnapshotTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly IdSource _ids = IdSource.Sequential();

    private static readonly CustomerContext Customer =
        new(new DateTimeOffset(2026, 11, 23, 11, 55, 0, TimeSpan.Zero), "198.51.100.7", "Mozilla/5.0 (X11; Linux x86_64)");

    // ApprovalTests finds the approved file through the calling [Test] method, so one method per case.
    [Test]
    public void Client_credentials_grant_with_client_secret_basic() => VerifyClientCredentials("client_secret_basic");

    [Test]
    public void Client_credentials_grant_with_client_secret_post() => VerifyClientCredentials("client_secret_post");

    [Test]
    public void Client_credentials_grant_with_private_key_jwt() => VerifyClientCredentials("private_key_jwt");

    [Test]
    public void Client_credentials_grant_with_tls_client_auth() => VerifyClientCredentials("tls_client_auth");

    [Test]
    public void Authorization_code_grant()
    {
        var request = TokenRequests.AuthorizationCode(TestConfig.Valid(), "code-from-redirect", _time.GetUtcNow(), _ids.NewId()).Right();

        Approvals.Verify(RequestSnapshot.Render(request));
    }

    [Test]
    public void Refresh_token_grant()
    {
        var request = TokenRequests.RefreshToken(TestConfig.Valid("client_secret_post"), "refresh-token", _time.GetUtcNow(), _ids.NewId()).Right();

        Approvals.Verify(RequestSnapshot.Render(request));
    }

    [Test]
    public void Create_account_access_consent()
    {
        var consent = new AccountAccessConsentRequest(
            [ObPermission.ReadAccountsDetail, ObPermission.ReadBalances, ObPermission.ReadTransactionsDetail, ObPermission.ReadTransactionsCredits, ObPermission.ReadTransactionsDebits],
            ExpirationDateTime: Now.AddDays(90),
            TransactionFromDateTime: Now.AddYears(-1),
            TransactionToDateTime: Now);

        var request = AccountInformation.CreateConsent(consent).Build(new CallContext(TestConfig.Valid(), "client-token", _ids.NewId(), _time.GetUtcNow(), Customer)).Right();

        Approvals.Verify(RequestSnapshot.Render(request));
    }

    [Test]
    public void Get_account_access_consent()
    {
        var request = AccountInformation.GetConsent("urn-alphabank-intent-88379").Build(new CallContext(TestConfig.Valid(), "client-token", _ids.NewId(), DateTimeOffset.UnixEpoch)).Right();

        Approvals.Verify(RequestSnapshot.Render(request));
    }

    [Test]
    public void Delete_account_access_consent()
    {
        var request = AccountInformation.DeleteConsent("urn-alphabank-intent-88379").Build(new CallContext(TestConfig.Valid(), "client-token", _ids.NewId(), DateTimeOffset.UnixEpoch)).Right();

        Approvals.Verify(RequestSnapshot.Render(request));
    }

    [Test]
    public void Consent_url_with_signed_request_object()
    {
        var url = RequestObject.ConsentUrl(TestConfig.Valid(), "urn-alphabank-intent-88379", _time.GetUtcNow(), _ids).Right();

        var asRequest = new HttpRequestSpec("consent URL", HttpMethod.Get, url.Url, [], RequestBody.None);
        Approvals.Verify(RequestSnapshot.Render(asRequest));
    }

    [Test]
    public void Accounts()
    {
        Approvals.Verify(RequestSnapshot.Render(AccountInformation.Accounts().Build(new CallContext(TestConfig.Valid(), "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch, Customer)).Right()));
    }

    [Test]
    public void Account_by_id()
    {
        Approvals.Verify(RequestSnapshot.Render(AccountInformation.Account("22289").Build(new CallContext(TestConfig.Valid(), "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)).Right()));
    }

    [Test]
    public void Balances_bulk_and_per_account()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { FapiFinancialId = "0015800001041RHAAY" });

        var bulk = AccountInformation.Balances().Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)).Right();
        var perAccount = AccountInformation.Balances("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)).Right();

        Approvals.Verify(RequestSnapshot.Render(bulk) + RequestSnapshot.Render(perAccount));
    }

    [Test]
    public void Transactions_bulk_per_account_and_next_page()
    {
        var config = TestConfig.Valid();
        var dates = new TransactionQuery(null, Now.AddMonths(-3), Now);

        var bulk = AccountInformation.Transactions(dates).Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)).Right();
        var perAccount = AccountInformation.Transactions(dates with { AccountId = "22289" }).Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch, Customer)).Right();
        var next = NextPage.Of(AccountInformation.Accounts(), "/open-banking/v3.1/aisp/accounts/22289/transactions?page=2").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)).Right();

        Approvals.Verify(RequestSnapshot.Render(bulk) + RequestSnapshot.Render(perAccount) + RequestSnapshot.Render(next));
    }

    [Test]
    public void Beneficiaries_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountInformation.Beneficiaries().Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.Beneficiaries("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch, Customer))));
    }

    [Test]
    public void Direct_debits_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountInformation.DirectDebits().Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.DirectDebits("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch))));
    }

    [Test]
    public void Standing_orders_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountInformation.StandingOrders().Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.StandingOrders("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch))));
    }

    [Test]
    public void Scheduled_payments_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountInformation.ScheduledPayments().Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.ScheduledPayments("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch))));
    }

    [Test]
    public void Offers_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountInformation.Offers().Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.Offers("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch))));
    }

    [Test]
    public void Products_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountInformation.Products().Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.Products("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch))));
    }

    [Test]
    public void Party_of_the_psu_and_of_an_account_and_parties_of_an_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountInformation.Party().Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch, Customer)),
            AccountInformation.Party("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.Parties("22289").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch))));
    }

    [Test]
    public void Statements_bulk_and_per_account_filtered_by_statement_dates()
    {
        var config = TestConfig.Valid();
        var year = new StatementQuery(null, Now.AddYears(-1), Now);

        Approvals.Verify(Render(
            AccountInformation.Statements(StatementQuery.All).Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.Statements(year).Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.Statements(year with { AccountId = "22289", ToStatementDateTime = null }).Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch))));
    }

    [Test]
    public void A_statement_its_file_and_its_transactions()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountInformation.Statement("22289", "8001").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.StatementFile("22289", "8001").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch)),
            AccountInformation.StatementFile("22289", "8001", "application/pdf, image/png;q=0.5").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch, Customer)),
            AccountInformation.StatementTransactions("22289", "8001").Build(new CallContext(config, "access-token", _ids.NewId(), DateTimeOffset.UnixEpoch))));
    }

    private static string Render(params Either<OpenBankingError, HttpRequestSpec>[] requests) =>
        string.Concat(requests.Select(r => RequestSnapshot.Render(r.Right())));

    private void VerifyClientCredentials(string authMethod) =>
        Approvals.Verify(RequestSnapshot.Render(TokenRequests.ClientCredentials(TestConfig.Valid(authMethod), _time.GetUtcNow(), _ids.NewId()).Right()));
}
