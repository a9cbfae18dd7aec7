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

        var request = AccountAccessConsents.Create(TestConfig.Valid(), "client-token", consent, _time.GetUtcNow(), _ids.NewId(), Customer).Right();

        Approvals.Verify(RequestSnapshot.Render(request));
    }

    [Test]
    public void Get_account_access_consent()
    {
        var request = AccountAccessConsents.Get(TestConfig.Valid(), "client-token", "urn-alphabank-intent-88379", _ids.NewId()).Right();

        Approvals.Verify(RequestSnapshot.Render(request));
    }

    [Test]
    public void Delete_account_access_consent()
    {
        var request = AccountAccessConsents.Delete(TestConfig.Valid(), "client-token", "urn-alphabank-intent-88379", _ids.NewId()).Right();

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
        Approvals.Verify(RequestSnapshot.Render(AccountRequests.Accounts(TestConfig.Valid(), "access-token", _ids.NewId(), Customer).Right()));
    }

    [Test]
    public void Account_by_id()
    {
        Approvals.Verify(RequestSnapshot.Render(AccountRequests.Account(TestConfig.Valid(), "access-token", "22289", _ids.NewId()).Right()));
    }

    [Test]
    public void Balances_bulk_and_per_account()
    {
        var config = TestConfig.Validated(TestConfig.Raw() with { FapiFinancialId = "0015800001041RHAAY" });

        var bulk = AccountRequests.Balances(config, "access-token", _ids.NewId()).Right();
        var perAccount = AccountRequests.AccountBalances(config, "access-token", "22289", _ids.NewId()).Right();

        Approvals.Verify(RequestSnapshot.Render(bulk) + RequestSnapshot.Render(perAccount));
    }

    [Test]
    public void Transactions_bulk_per_account_and_next_page()
    {
        var config = TestConfig.Valid();
        var dates = new TransactionQuery(null, Now.AddMonths(-3), Now);

        var bulk = AccountRequests.Transactions(config, "access-token", dates, _ids.NewId()).Right();
        var perAccount = AccountRequests.Transactions(config, "access-token", dates with { AccountId = "22289" }, _ids.NewId(), Customer).Right();
        var next = AccountRequests.Page(config, "access-token", "/open-banking/v3.1/aisp/accounts/22289/transactions?page=2", "GET next page", _ids.NewId()).Right();

        Approvals.Verify(RequestSnapshot.Render(bulk) + RequestSnapshot.Render(perAccount) + RequestSnapshot.Render(next));
    }

    [Test]
    public void Beneficiaries_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountRequests.Beneficiaries(config, "access-token", _ids.NewId()),
            AccountRequests.AccountBeneficiaries(config, "access-token", "22289", _ids.NewId(), Customer)));
    }

    [Test]
    public void Direct_debits_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountRequests.DirectDebits(config, "access-token", _ids.NewId()),
            AccountRequests.AccountDirectDebits(config, "access-token", "22289", _ids.NewId())));
    }

    [Test]
    public void Standing_orders_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountRequests.StandingOrders(config, "access-token", _ids.NewId()),
            AccountRequests.AccountStandingOrders(config, "access-token", "22289", _ids.NewId())));
    }

    [Test]
    public void Scheduled_payments_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountRequests.ScheduledPayments(config, "access-token", _ids.NewId()),
            AccountRequests.AccountScheduledPayments(config, "access-token", "22289", _ids.NewId())));
    }

    [Test]
    public void Offers_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountRequests.Offers(config, "access-token", _ids.NewId()),
            AccountRequests.AccountOffers(config, "access-token", "22289", _ids.NewId())));
    }

    [Test]
    public void Products_bulk_and_per_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountRequests.Products(config, "access-token", _ids.NewId()),
            AccountRequests.AccountProduct(config, "access-token", "22289", _ids.NewId())));
    }

    [Test]
    public void Party_of_the_psu_and_of_an_account_and_parties_of_an_account()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountRequests.Party(config, "access-token", _ids.NewId(), Customer),
            AccountRequests.AccountParty(config, "access-token", "22289", _ids.NewId()),
            AccountRequests.AccountParties(config, "access-token", "22289", _ids.NewId())));
    }

    [Test]
    public void Statements_bulk_and_per_account_filtered_by_statement_dates()
    {
        var config = TestConfig.Valid();
        var year = new StatementQuery(null, Now.AddYears(-1), Now);

        Approvals.Verify(Render(
            AccountRequests.Statements(config, "access-token", StatementQuery.All, _ids.NewId()),
            AccountRequests.Statements(config, "access-token", year, _ids.NewId()),
            AccountRequests.Statements(config, "access-token", year with { AccountId = "22289", ToStatementDateTime = null }, _ids.NewId())));
    }

    [Test]
    public void A_statement_its_file_and_its_transactions()
    {
        var config = TestConfig.Valid();

        Approvals.Verify(Render(
            AccountRequests.Statement(config, "access-token", "22289", "8001", _ids.NewId()),
            AccountRequests.StatementFile(config, "access-token", "22289", "8001", _ids.NewId()),
            AccountRequests.StatementFile(config, "access-token", "22289", "8001", _ids.NewId(), Customer, "application/pdf, image/png;q=0.5"),
            AccountRequests.StatementTransactions(config, "access-token", "22289", "8001", _ids.NewId())));
    }

    private static string Render(params Either<OpenBankingError, HttpRequestSpec>[] requests) =>
        string.Concat(requests.Select(r => RequestSnapshot.Render(r.Right())));

    private void VerifyClientCredentials(string authMethod) =>
        Approvals.Verify(RequestSnapshot.Render(TokenRequests.ClientCredentials(TestConfig.Valid(authMethod), _time.GetUtcNow(), _ids.NewId()).Right()));
}
